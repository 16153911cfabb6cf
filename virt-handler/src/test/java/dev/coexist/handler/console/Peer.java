package dev.coexist.handler.console;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The far end of a stream socket in tests: what a launcher's serial or VNC socket would do. */
@FunctionalInterface
interface Peer {
  /** Serves one connection; the channel is closed when this returns. */
  void serve(ByteChannel ch) throws IOException;

  /** Echoes what it reads, upper-cased, until the client closes (a serial console stand-in). */
  static Peer upperEcho() {
    return ch -> {
      ByteBuffer bb = ByteBuffer.allocate(4096);
      while (ch.read(bb) >= 0) {
        bb.flip();
        String s = StandardCharsets.US_ASCII.decode(bb).toString().toUpperCase(Locale.ROOT);
        ByteBuffer out = StandardCharsets.US_ASCII.encode(s);
        while (out.hasRemaining()) {
          ch.write(out);
        }
        bb.clear();
      }
    };
  }

  /** Writes a greeting, then echoes like {@link #upperEcho} (a VNC server greets first). */
  static Peer greetThenEcho(String greeting) {
    return ch -> {
      ByteBuffer g = StandardCharsets.US_ASCII.encode(greeting);
      while (g.hasRemaining()) {
        ch.write(g);
      }
      upperEcho().serve(ch);
    };
  }

  /** Writes a line and hangs up (a guest whose QEMU went away). */
  static Peer sayAndHangUp(String line) {
    return ch -> {
      ByteBuffer g = StandardCharsets.US_ASCII.encode(line);
      while (g.hasRemaining()) {
        ch.write(g);
      }
    };
  }
}
