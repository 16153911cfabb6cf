package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import java.util.Set;

/**
 * Maps what the launcher reports to the VMI phase (KubeVirt's semantics): an active domain is
 * Running; a guest power-off is Succeeded; a crash or killed QEMU is Failed; a stop the handler was
 * asked for ends Succeeded. Succeeded and Failed are final. Pure.
 */
public final class PhaseMapping {
  private static final Set<VirtualMachineInstancePhase> BEFORE_RUNNING =
      Set.of(
          VirtualMachineInstancePhase.UNSET,
          VirtualMachineInstancePhase.PENDING,
          VirtualMachineInstancePhase.SCHEDULING,
          VirtualMachineInstancePhase.SCHEDULED);

  private PhaseMapping() {}

  /** Whether the phase is Succeeded or Failed. */
  public static boolean isFinal(VirtualMachineInstancePhase phase) {
    return phase == VirtualMachineInstancePhase.SUCCEEDED
        || phase == VirtualMachineInstancePhase.FAILED;
  }

  /** Whether the VMI has not been Running yet. */
  public static boolean beforeRunning(VirtualMachineInstancePhase phase) {
    return phase == null || BEFORE_RUNNING.contains(phase);
  }

  /**
   * Whether the handler should send {@code SYNC}: the VMI was never Running, nobody wants it
   * stopped, and the launcher has no domain that ever ran. A running domain is never re-synced.
   */
  public static boolean needsSync(
      VirtualMachineInstancePhase current, DomainStatus domain, boolean stopRequested) {
    if (stopRequested || !beforeRunning(current)) {
      return false;
    }
    return switch (domain.state()) {
      case ABSENT, NO_STATE -> true;
      case SHUT_OFF -> "unknown".equals(domain.reason());
      default -> false;
    };
  }

  /** The phase for this observation, given the current phase. */
  public static PhaseOutcome map(VirtualMachineInstancePhase current, Observation obs) {
    VirtualMachineInstancePhase phase =
        current == null ? VirtualMachineInstancePhase.UNSET : current;
    if (isFinal(phase)) {
      return PhaseOutcome.keep(phase);
    }
    if (obs.syncFailure().map(f -> f.reason() == ErrorReason.INVALID_SPEC).orElse(false)) {
      return PhaseOutcome.failed(VmiReasons.INVALID_SPEC);
    }
    if (obs.launcherGone()) {
      return obs.stopRequested()
          ? PhaseOutcome.succeeded(VmiReasons.STOPPED)
          : PhaseOutcome.failed(VmiReasons.LAUNCHER_TERMINATED);
    }
    if (obs.domain().isEmpty()) {
      return PhaseOutcome.keep(phase);
    }
    return fromDomain(phase, obs.domain().get(), obs.stopRequested());
  }

  private static PhaseOutcome fromDomain(
      VirtualMachineInstancePhase phase, DomainStatus domain, boolean stopRequested) {
    DomainState state = domain.state();
    String reason = domain.reason() == null ? "unknown" : domain.reason();
    switch (state) {
      case RUNNING:
      case BLOCKED:
      case PAUSED:
      case SHUTTING_DOWN:
      case PM_SUSPENDED:
        return PhaseOutcome.running();
      case CRASHED:
        return PhaseOutcome.failed(VmiReasons.GUEST_CRASHED);
      case SHUT_OFF:
        return fromShutOff(phase, reason, stopRequested);
      case ABSENT:
      case NO_STATE:
      default:
        if (phase == VirtualMachineInstancePhase.RUNNING) {
          return stopRequested
              ? PhaseOutcome.succeeded(VmiReasons.STOPPED)
              : PhaseOutcome.failed(VmiReasons.DOMAIN_LOST);
        }
        return PhaseOutcome.keep(phase);
    }
  }

  private static PhaseOutcome fromShutOff(
      VirtualMachineInstancePhase phase, String reason, boolean stopRequested) {
    switch (reason) {
      case "shutdown":
        return PhaseOutcome.succeeded(
            stopRequested ? VmiReasons.STOPPED : VmiReasons.GUEST_SHUTDOWN);
      case "destroyed":
        return stopRequested
            ? PhaseOutcome.succeeded(VmiReasons.STOPPED)
            : PhaseOutcome.failed(VmiReasons.DOMAIN_DESTROYED);
      case "crashed":
      case "failed":
        return PhaseOutcome.failed(VmiReasons.GUEST_CRASHED);
      default:
        if (phase == VirtualMachineInstancePhase.RUNNING) {
          return stopRequested
              ? PhaseOutcome.succeeded(VmiReasons.STOPPED)
              : PhaseOutcome.failed(VmiReasons.DOMAIN_LOST);
        }
        return PhaseOutcome.keep(phase);
    }
  }
}
