package dev.coexist.importer.source;

import dev.coexist.crds.importer.ImportReason;
import java.io.IOException;

/** A source's answer that says what is wrong; {@link #isTransient()} ones are retried. */
public final class SourceException extends IOException {
  private static final long serialVersionUID = 1L;

  private final ImportReason reason;
  private final boolean transientFailure;

  /**
   * @param reason the import reason this maps to
   * @param transientFailure true when retrying may help (5xx, 429, timeouts)
   * @param message a sentence for the user
   */
  public SourceException(ImportReason reason, boolean transientFailure, String message) {
    super(message);
    this.reason = reason;
    this.transientFailure = transientFailure;
  }

  /** Same, with the cause. */
  public SourceException(
      ImportReason reason, boolean transientFailure, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.transientFailure = transientFailure;
  }

  public ImportReason reason() {
    return reason;
  }

  public boolean isTransient() {
    return transientFailure;
  }
}
