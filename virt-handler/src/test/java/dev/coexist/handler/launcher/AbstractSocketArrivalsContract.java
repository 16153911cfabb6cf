package dev.coexist.handler.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.handler.ShortTempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every {@link SocketArrivals} must do. Run against the fake and the inotify one. */
public abstract class AbstractSocketArrivalsContract {
  private static final Duration WAIT = Duration.ofSeconds(10);

  protected final ShortTempDir tmp = new ShortTempDir();

  /** A fresh implementation. */
  protected abstract SocketArrivals arrivals();

  /** Creates {@code file} (and tells the implementation, when it cannot see the file system). */
  protected abstract void create(SocketArrivals arrivals, Path file) throws Exception;

  @AfterEach
  void removeTmp() {
    tmp.close();
  }

  @Test
  void aFileThatExistsAlreadyRunsTheActionAtOnce() throws Exception {
    try (SocketArrivals a = arrivals()) {
      Path f = tmp.path().resolve("cmd.sock");
      Files.createFile(f);
      AtomicInteger runs = new AtomicInteger();
      assertThat(a.whenPresent(f, runs::incrementAndGet)).isTrue();
      assertThat(runs).hasValue(1);
      assertThat(a.pending()).isZero();
    }
  }

  @Test
  void aFileCreatedLaterRunsTheActionOnce() throws Exception {
    try (SocketArrivals a = arrivals()) {
      Path dir = Files.createDirectories(tmp.path().resolve("pod1/sockets"));
      Path f = dir.resolve("cmd.sock");
      AtomicInteger runs = new AtomicInteger();
      assertThat(a.whenPresent(f, runs::incrementAndGet)).isTrue();
      assertThat(runs).hasValue(0);
      assertThat(a.pending()).isEqualTo(1);
      create(a, dir.resolve("other"));
      create(a, f);
      await().atMost(WAIT).until(() -> runs.get() == 1);
      assertThat(a.pending()).isZero();
    }
  }

  @Test
  void eachFileOfADirectoryHasItsOwnAction() throws Exception {
    try (SocketArrivals a = arrivals()) {
      Path dir = tmp.path();
      AtomicInteger first = new AtomicInteger();
      AtomicInteger second = new AtomicInteger();
      assertThat(a.whenPresent(dir.resolve("a.sock"), first::incrementAndGet)).isTrue();
      assertThat(a.whenPresent(dir.resolve("b.sock"), second::incrementAndGet)).isTrue();
      create(a, dir.resolve("b.sock"));
      await().atMost(WAIT).until(() -> second.get() == 1);
      assertThat(first).hasValue(0);
      assertThat(a.pending()).isEqualTo(1);
      create(a, dir.resolve("a.sock"));
      await().atMost(WAIT).until(() -> first.get() == 1);
    }
  }

  @Test
  void aMissingDirectoryIsNotWatched() {
    try (SocketArrivals a = arrivals()) {
      AtomicInteger runs = new AtomicInteger();
      assertThat(a.whenPresent(tmp.path().resolve("nope/cmd.sock"), runs::incrementAndGet))
          .isFalse();
      assertThat(a.pending()).isZero();
      assertThat(runs).hasValue(0);
    }
  }

  @Test
  void aCancelledWaitRunsNothing() throws Exception {
    try (SocketArrivals a = arrivals()) {
      Path f = tmp.path().resolve("cmd.sock");
      Path marker = tmp.path().resolve("marker.sock");
      AtomicInteger runs = new AtomicInteger();
      AtomicInteger markerRuns = new AtomicInteger();
      assertThat(a.whenPresent(f, runs::incrementAndGet)).isTrue();
      a.cancel(f);
      assertThat(a.pending()).isZero();
      // A second wait in the same directory shows when the creation of f has been seen.
      assertThat(a.whenPresent(marker, markerRuns::incrementAndGet)).isTrue();
      create(a, f);
      create(a, marker);
      await().atMost(WAIT).until(() -> markerRuns.get() == 1);
      assertThat(runs).hasValue(0);
    }
  }
}
