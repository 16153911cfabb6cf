package dev.coexist.importer.source;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The pause between download attempts: exponential, capped, and cut short by {@link #cancel()} (a
 * shutdown), so it never holds up a stop.
 */
public final class Backoff {
  private final Duration first;
  private final Duration max;
  private final CountDownLatch cancelled = new CountDownLatch(1);

  public Backoff(Duration first, Duration max) {
    this.first = first;
    this.max = max;
  }

  /** No pause at all (tests). */
  public static Backoff none() {
    return new Backoff(Duration.ZERO, Duration.ZERO);
  }

  /**
   * Waits before attempt {@code attempt} (1 = the first retry).
   *
   * @return false when cancelled
   */
  public boolean pause(int attempt) throws InterruptedException {
    long millis = first.toMillis() << Math.min(attempt - 1, 20);
    long wait = Math.min(millis, max.toMillis());
    if (wait <= 0) {
      return cancelled.getCount() > 0;
    }
    return !cancelled.await(wait, TimeUnit.MILLISECONDS);
  }

  /** Cuts every current and future pause short. */
  public void cancel() {
    cancelled.countDown();
  }
}
