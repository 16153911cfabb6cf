package dev.coexist.launcher.runtime;

import dev.coexist.crds.launcher.ErrorReason;

/** A command that failed for a reason the protocol names. */
public class CommandFailure extends RuntimeException {
  private final ErrorReason reason;

  public CommandFailure(ErrorReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public CommandFailure(ErrorReason reason, String message) {
    this(reason, message, null);
  }

  /** The protocol reason. */
  public ErrorReason reason() {
    return reason;
  }
}
