package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;

/**
 * The phase a VMI should be in, with the reason for a final phase (null otherwise).
 *
 * @param phase the phase
 * @param reason the CamelCase {@code status.reason} for Succeeded/Failed, or null
 */
public record PhaseOutcome(VirtualMachineInstancePhase phase, String reason) {
  static PhaseOutcome keep(VirtualMachineInstancePhase current) {
    return new PhaseOutcome(current, null);
  }

  static PhaseOutcome running() {
    return new PhaseOutcome(VirtualMachineInstancePhase.RUNNING, null);
  }

  static PhaseOutcome failed(String reason) {
    return new PhaseOutcome(VirtualMachineInstancePhase.FAILED, reason);
  }

  static PhaseOutcome succeeded(String reason) {
    return new PhaseOutcome(VirtualMachineInstancePhase.SUCCEEDED, reason);
  }
}
