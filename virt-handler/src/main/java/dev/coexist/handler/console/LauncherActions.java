package dev.coexist.handler.console;

import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.handler.launcher.LauncherClient;
import dev.coexist.handler.launcher.LauncherException;
import dev.coexist.handler.launcher.LauncherUnavailableException;

/** The {@code PUT} actions of the console server, as launcher commands. */
public final class LauncherActions {
  private LauncherActions() {}

  /**
   * An action's outcome.
   *
   * @param code the HTTP status (200 done, 500 the launcher refused, 503 the launcher cannot be
   *     reached)
   * @param message what happened
   */
  public record Outcome(int code, String message) {}

  /** Runs {@code action} on the launcher. Blocking. */
  public static Outcome run(String action, LauncherClient launcher) {
    try {
      DomainStatus after;
      switch (action) {
        case "pause":
          after = launcher.pause();
          break;
        case "unpause":
          after = launcher.unpause();
          break;
        case "reset":
          after = launcher.reset();
          break;
        case "softreboot":
          after = launcher.softReboot();
          break;
        default:
          return new Outcome(404, "unknown action " + action);
      }
      return new Outcome(200, action + " done, domain " + after);
    } catch (LauncherException e) {
      return new Outcome(500, action + " failed: " + e.getMessage());
    } catch (LauncherUnavailableException e) {
      return new Outcome(503, action + ": the launcher cannot be reached: " + e.getMessage());
    }
  }
}
