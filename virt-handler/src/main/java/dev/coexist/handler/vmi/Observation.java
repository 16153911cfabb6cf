package dev.coexist.handler.vmi;

import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import java.util.Optional;

/**
 * What one sync saw of a VMI's launcher.
 *
 * @param domain the domain status the launcher reported; empty when it could not be asked
 * @param launcherGone the launcher pod has terminated (or vanished) and its socket is gone
 * @param stopRequested the VMI or its launcher pod is being deleted
 * @param syncFailure the launcher's failure of the last {@code SYNC}, if it failed
 */
public record Observation(
    Optional<DomainStatus> domain,
    boolean launcherGone,
    boolean stopRequested,
    Optional<SyncFailure> syncFailure) {

  /** A failed {@code SYNC}. */
  public record SyncFailure(ErrorReason reason, String message) {}

  /** The launcher answered with this domain status. */
  public static Observation of(DomainStatus domain, boolean stopRequested) {
    return new Observation(Optional.of(domain), false, stopRequested, Optional.empty());
  }

  /** The same, with a failed sync. */
  public Observation withSyncFailure(ErrorReason reason, String message) {
    return new Observation(
        domain, launcherGone, stopRequested, Optional.of(new SyncFailure(reason, message)));
  }
}
