package dev.coexist.launcher.run;

import dev.coexist.launcher.process.Processes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guest's serial console (libvirt's unix socket in bind mode) attached to a terminal or a pipe:
 * guest output is copied to {@code out}, {@code in} to the guest. Ctrl-] (0x1d) on {@code in}
 * detaches.
 */
public final class SerialConsole implements AutoCloseable {
  /** Ctrl-], the detach key (as in virsh console). */
  public static final int DETACH = 0x1d;

  private static final Logger LOG = LoggerFactory.getLogger(SerialConsole.class);
  private final SocketChannel channel;
  private final CompletableFuture<Void> detached = new CompletableFuture<>();

  private SerialConsole(SocketChannel channel) {
    this.channel = channel;
  }

  /** Connects once the socket exists and starts copying both ways. */
  public static SerialConsole attach(Path socket, InputStream in, OutputStream out)
      throws IOException, InterruptedException {
    try {
      Processes.awaitPath(socket, Duration.ofSeconds(30), () -> true, "the serial socket");
    } catch (TimeoutException e) {
      throw new IOException("no serial console socket " + socket, e);
    }
    SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
    ch.connect(UnixDomainSocketAddress.of(socket));
    SerialConsole c = new SerialConsole(ch);
    daemon("console-out", () -> c.guestToOut(out)).start();
    daemon("console-in", () -> c.inToGuest(in)).start();
    return c;
  }

  private static Thread daemon(String name, Runnable r) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Completes when the user pressed Ctrl-] or the console closed. */
  public CompletableFuture<Void> detached() {
    return detached;
  }

  private void guestToOut(OutputStream out) {
    ByteBuffer b = ByteBuffer.allocate(4096);
    try {
      while (channel.read(b) >= 0) {
        out.write(b.array(), 0, b.position());
        out.flush();
        b.clear();
      }
    } catch (IOException e) {
      LOG.debug("console output ended: {}", e.toString());
    }
    detached.complete(null);
  }

  private void inToGuest(InputStream in) {
    byte[] buf = new byte[1024];
    try {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == DETACH) {
            channel.write(ByteBuffer.wrap(buf, 0, i));
            detached.complete(null);
            return;
          }
        }
        ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
        while (b.hasRemaining()) {
          channel.write(b);
        }
      }
    } catch (IOException e) {
      LOG.debug("console input ended: {}", e.toString());
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
