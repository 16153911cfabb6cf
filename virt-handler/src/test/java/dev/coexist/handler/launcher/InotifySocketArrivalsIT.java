package dev.coexist.handler.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The contract against inotify, plus a real unix socket and a directory that goes away. */
class InotifySocketArrivalsIT extends AbstractSocketArrivalsContract {
  @Override
  protected SocketArrivals arrivals() {
    try {
      return InotifySocketArrivals.start();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("no WatchService on this file system", e);
    }
  }

  @Override
  protected void create(SocketArrivals arrivals, Path file) throws Exception {
    Files.createFile(file);
  }

  @Test
  void aBoundUnixSocketIsAnArrival() throws Exception {
    try (SocketArrivals a = arrivals()) {
      Path sock = tmp.path().resolve("cmd.sock");
      AtomicInteger runs = new AtomicInteger();
      assertThat(a.whenPresent(sock, runs::incrementAndGet)).isTrue();
      try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        ch.bind(UnixDomainSocketAddress.of(sock));
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);
      }
    }
  }

  @Test
  void aSocketRenamedIntoPlaceIsAnArrival() throws Exception {
    try (SocketArrivals a = arrivals()) {
      Path sock = tmp.path().resolve("cmd.sock");
      AtomicInteger runs = new AtomicInteger();
      assertThat(a.whenPresent(sock, runs::incrementAndGet)).isTrue();
      try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        Path tmpName = tmp.path().resolve("cmd.sock.new");
        ch.bind(UnixDomainSocketAddress.of(tmpName));
        Files.move(tmpName, sock, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);
        try (java.nio.channels.SocketChannel c =
            java.nio.channels.SocketChannel.open(UnixDomainSocketAddress.of(sock))) {
          assertThat(c.isConnected()).as("the renamed socket accepts").isTrue();
        }
      }
    }
  }

  @Test
  void aDeletedDirectoryDropsItsWaits() throws Exception {
    try (SocketArrivals a = arrivals()) {
      Path dir = Files.createDirectories(tmp.path().resolve("pod2"));
      assertThat(a.whenPresent(dir.resolve("cmd.sock"), () -> {})).isTrue();
      Files.delete(dir);
      await().atMost(Duration.ofSeconds(10)).until(() -> a.pending() == 0);
      Files.createDirectories(dir);
      AtomicInteger runs = new AtomicInteger();
      assertThat(a.whenPresent(dir.resolve("cmd.sock"), runs::incrementAndGet)).isTrue();
      Files.createFile(dir.resolve("cmd.sock"));
      await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);
    }
  }
}
