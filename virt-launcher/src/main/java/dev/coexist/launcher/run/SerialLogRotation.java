package dev.coexist.launcher.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the serial console log QEMU writes (opened with {@code O_APPEND}) bounded, as virtlogd's
 * {@code max_size}/{@code max_backups = 1} did: every {@code period}, a log larger than {@code
 * maxBytes} is copied to {@code <log>.1} and truncated in place ("copytruncate"; QEMU keeps its
 * file descriptor and appends at the new end). Bytes the guest writes between the copy and the
 * truncation are lost, and the log may exceed the bound by what the guest writes in one period.
 */
public final class SerialLogRotation implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SerialLogRotation.class);

  private final Path log;
  private final long maxBytes;
  private final ScheduledExecutorService timer;

  private SerialLogRotation(Path log, long maxBytes, ScheduledExecutorService timer) {
    this.log = log;
    this.maxBytes = maxBytes;
    this.timer = timer;
  }

  /** Checks {@code log} every {@code period} on a daemon thread until {@link #close()}. */
  public static SerialLogRotation start(Path log, long maxBytes, Duration period) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "serial-log-rotation");
              t.setDaemon(true);
              return t;
            });
    SerialLogRotation r = new SerialLogRotation(log, maxBytes, timer);
    timer.scheduleWithFixedDelay(
        r::rotateLogged, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    return r;
  }

  /** A rotation that only runs when {@link #rotateIfLarge()} is called (tests). */
  static SerialLogRotation manual(Path log, long maxBytes) {
    return new SerialLogRotation(log, maxBytes, null);
  }

  private void rotateLogged() {
    try {
      rotateIfLarge();
    } catch (IOException e) {
      LOG.warn("rotating the serial log {}: {}", log, e.toString());
    }
  }

  /** Rotates once if the log is larger than the bound; returns whether it did. */
  boolean rotateIfLarge() throws IOException {
    long size;
    try {
      size = Files.size(log);
    } catch (NoSuchFileException e) {
      return false;
    }
    if (size <= maxBytes) {
      return false;
    }
    Path backup = log.resolveSibling(log.getFileName() + ".1");
    Path tmp = log.resolveSibling(log.getFileName() + ".1.tmp");
    Files.copy(log, tmp, StandardCopyOption.REPLACE_EXISTING);
    Files.move(tmp, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
      ch.truncate(0);
    }
    return true;
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
