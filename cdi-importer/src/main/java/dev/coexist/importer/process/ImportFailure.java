package dev.coexist.importer.process;

import dev.coexist.crds.importer.ImportReason;

/** An import that cannot succeed, with the reason and a message for the user. */
public final class ImportFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final ImportReason reason;

  public ImportFailure(ImportReason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ImportFailure(ImportReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public ImportReason reason() {
    return reason;
  }
}
