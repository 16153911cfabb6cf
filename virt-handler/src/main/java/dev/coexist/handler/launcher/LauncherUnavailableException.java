package dev.coexist.handler.launcher;

import java.io.IOException;

/** The launcher's command socket could not be reached, or the connection broke. */
public class LauncherUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  /** With the socket and the cause. */
  public LauncherUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Without a cause. */
  public LauncherUnavailableException(String message) {
    super(message);
  }
}
