package dev.coexist.handler.launcher;

import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.crds.launcher.LauncherRequest;
import dev.coexist.crds.launcher.LauncherResponse;
import java.util.OptionalInt;

/**
 * Which protocol version to speak to a launcher (pure). A handler first speaks its own {@link
 * LauncherProtocol#VERSION}. A launcher of an older version (one started by the previous release,
 * still running its guest after an upgrade) refuses that with {@code BAD_REQUEST} and answers with
 * its own version; the handler then speaks that version to it, down to {@link
 * LauncherProtocol#OLDEST_SUPPORTED_VERSION}. A newer launcher accepts the handler's version.
 */
public final class ProtocolNegotiation {
  private ProtocolNegotiation() {}

  /** The version to send to a launcher whose version was learned as {@code learned} (or null). */
  public static int requestVersion(Integer learned) {
    return learned == null ? LauncherProtocol.VERSION : Math.min(LauncherProtocol.VERSION, learned);
  }

  /**
   * The version to retry {@code sent} at after {@code answer}: present when the launcher refused
   * the request's version and speaks an older one this handler can still speak.
   */
  public static OptionalInt retryVersion(LauncherRequest sent, LauncherResponse answer) {
    if (answer.ok()
        || answer.reason() != ErrorReason.BAD_REQUEST
        || answer.version() >= sent.version()
        || answer.version() < LauncherProtocol.OLDEST_SUPPORTED_VERSION) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(answer.version());
  }

  /**
   * {@code request} as a launcher of {@code version} understands it: the version field set, and
   * what that version did not have left out (v1: no {@code gracePeriodSeconds} on {@code SHUTDOWN};
   * such a launcher uses the synced VMI's grace period).
   */
  public static LauncherRequest at(LauncherRequest request, int version) {
    if (version < LauncherProtocol.OLDEST_SUPPORTED_VERSION || version > LauncherProtocol.VERSION) {
      throw new IllegalArgumentException(
          "version: "
              + version
              + " is outside what this handler speaks ("
              + LauncherProtocol.OLDEST_SUPPORTED_VERSION
              + ".."
              + LauncherProtocol.VERSION
              + ")");
    }
    Long grace = version >= 2 ? request.gracePeriodSeconds() : null;
    return new LauncherRequest(
        version, request.command(), request.vmi(), grace, request.useEmulation());
  }
}
