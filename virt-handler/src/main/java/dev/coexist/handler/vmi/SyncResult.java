package dev.coexist.handler.vmi;

import java.time.Duration;
import java.util.Optional;

/**
 * What a sync asks of the work queue afterwards.
 *
 * @param failed true to retry with growing backoff (a transient failure)
 * @param requeueAfter sync again after this delay (waiting for something that has no event)
 */
public record SyncResult(boolean failed, Optional<Duration> requeueAfter) {
  /** Done until the next event. */
  public static SyncResult done() {
    return new SyncResult(false, Optional.empty());
  }

  /** Failed transiently: retry with backoff. */
  public static SyncResult retry() {
    return new SyncResult(true, Optional.empty());
  }

  /** Look again after a delay. */
  public static SyncResult after(Duration d) {
    return new SyncResult(false, Optional.of(d));
  }
}
