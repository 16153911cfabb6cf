package dev.coexist.crds.launcher;

/**
 * The one answer to a {@link LauncherRequest}.
 *
 * @param version the protocol version of the launcher
 * @param ok whether the command succeeded
 * @param reason why it failed, or null when ok
 * @param message a human-readable error naming the field path for {@code INVALID_SPEC}, or null
 * @param domain the domain's status after the command (every command returns it)
 * @param stats counters, for {@code GET_STATS} on an active domain, else null
 */
public record LauncherResponse(
    int version,
    boolean ok,
    ErrorReason reason,
    String message,
    DomainStatus domain,
    DomainStats stats) {

  /** A success carrying the domain's status. */
  public static LauncherResponse success(DomainStatus domain) {
    return new LauncherResponse(LauncherProtocol.VERSION, true, null, null, domain, null);
  }

  /** A success carrying status and counters. */
  public static LauncherResponse withStats(DomainStatus domain, DomainStats stats) {
    return new LauncherResponse(LauncherProtocol.VERSION, true, null, null, domain, stats);
  }

  /** A failure. */
  public static LauncherResponse failure(ErrorReason reason, String message, DomainStatus domain) {
    return new LauncherResponse(LauncherProtocol.VERSION, false, reason, message, domain, null);
  }
}
