package dev.coexist.launcher.client;

/** The launcher's command socket could not be reached or answered garbage. */
public class LauncherUnreachableException extends RuntimeException {
  public LauncherUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
