package dev.coexist.handler.launcher;

import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;

/** A launcher answered a command with a failure. */
public class LauncherException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ErrorReason reason;
  private final transient DomainStatus domain;

  /** A failure with the launcher's reason, message and domain status. */
  public LauncherException(ErrorReason reason, String message, DomainStatus domain) {
    super(reason + ": " + message);
    this.reason = reason;
    this.domain = domain == null ? DomainStatus.absent() : domain;
  }

  /** Why the command failed. */
  public ErrorReason reason() {
    return reason;
  }

  /** The launcher's message alone (for INVALID_SPEC it names the field path). */
  public String detail() {
    String m = getMessage();
    return m.substring(m.indexOf(": ") + 2);
  }

  /** The domain status the launcher reported with the failure. */
  public DomainStatus domain() {
    return domain;
  }
}
