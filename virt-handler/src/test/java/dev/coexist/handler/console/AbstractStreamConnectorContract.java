package dev.coexist.handler.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What every {@link StreamConnector} must do (the interface's contract). */
abstract class AbstractStreamConnectorContract {
  /** The connector under test. */
  abstract StreamConnector connector();

  /** An endpoint named {@code name} served by {@code peer}; returns its path. */
  abstract Path serve(String name, Peer peer) throws IOException;

  /** A path nobody serves. */
  abstract Path missing();

  static void writeAll(ByteChannel ch, String s) throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
    while (bb.hasRemaining()) {
      ch.write(bb);
    }
  }

  /** Reads until {@code n} bytes arrived or the stream ended. */
  static String read(ByteChannel ch, int n) throws IOException {
    ByteBuffer bb = ByteBuffer.allocate(n);
    while (bb.hasRemaining()) {
      if (ch.read(bb) < 0) {
        break;
      }
    }
    bb.flip();
    return StandardCharsets.US_ASCII.decode(bb).toString();
  }

  @Test
  void bytesTravelBothWays() throws IOException {
    try (ByteChannel ch = connector().open(serve("echo.sock", Peer.upperEcho()))) {
      writeAll(ch, "echo coexist\n");
      assertThat(read(ch, 13)).isEqualTo("ECHO COEXIST\n");
    }
  }

  @Test
  void thePeersFirstBytesArriveWithoutAsking() throws IOException {
    try (ByteChannel ch =
        connector().open(serve("vnc.sock", Peer.greetThenEcho("RFB 003.008\n")))) {
      assertThat(read(ch, 12)).isEqualTo("RFB 003.008\n");
    }
  }

  @Test
  void aPeerThatHangsUpGivesEndOfStream() throws IOException {
    try (ByteChannel ch = connector().open(serve("bye.sock", Peer.sayAndHangUp("bye\n")))) {
      assertThat(read(ch, 4)).isEqualTo("bye\n");
      ByteBuffer bb = ByteBuffer.allocate(16);
      assertThat(ch.read(bb)).isEqualTo(-1);
    }
  }

  @Test
  void aMissingSocketIsNoSuchFileNamingThePath() {
    Path p = missing();
    assertThatThrownBy(() -> connector().open(p))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(p.toString());
  }

  @Test
  void closingFromAnotherThreadEndsABlockedRead() throws IOException {
    ByteChannel ch = connector().open(serve("idle.sock", Peer.upperEcho()));
    CompletableFuture<Object> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return ch.read(ByteBuffer.allocate(16));
              } catch (IOException e) {
                return e;
              }
            });
    ch.close();
    await("the blocked read ends").atMost(Duration.ofSeconds(10)).until(reader::isDone);
    assertThat(reader.join())
        .satisfiesAnyOf(
            r -> assertThat(r).isInstanceOf(IOException.class), r -> assertThat(r).isEqualTo(-1));
  }
}
