package dev.coexist.operator;

import dev.coexist.crds.kubevirt.v1.PhaseTransitionTimestamp;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import dev.coexist.crds.model.Condition;
import java.util.List;
import java.util.Optional;

/** Read-only facts about a VMI's state, null-safe, shared by the VM and VMI controllers. */
public final class VmiFacts {

  private VmiFacts() {}

  /** The phase; UNSET when there is no status. */
  public static VirtualMachineInstancePhase phase(VirtualMachineInstance vmi) {
    return Optional.ofNullable(vmi.getStatus())
        .map(VirtualMachineInstanceStatus::getPhase)
        .orElse(VirtualMachineInstancePhase.UNSET);
  }

  /** Succeeded or Failed: the VMI will never run again. */
  public static boolean isFinal(VirtualMachineInstance vmi) {
    VirtualMachineInstancePhase p = phase(vmi);
    return p == VirtualMachineInstancePhase.SUCCEEDED || p == VirtualMachineInstancePhase.FAILED;
  }

  /** Whether the VMI has a deletion timestamp. */
  public static boolean isDeleting(VirtualMachineInstance vmi) {
    return vmi.getMetadata().getDeletionTimestamp() != null;
  }

  /** Whether the VMI ever reached Running (it has a Running phase transition timestamp). */
  public static boolean everRan(VirtualMachineInstance vmi) {
    if (phase(vmi) == VirtualMachineInstancePhase.RUNNING) {
      return true;
    }
    return Optional.ofNullable(vmi.getStatus())
        .map(VirtualMachineInstanceStatus::getPhaseTransitionTimestamps)
        .orElse(List.of())
        .stream()
        .map(PhaseTransitionTimestamp::getPhase)
        .anyMatch(VirtualMachineInstancePhase.RUNNING.value()::equals);
  }

  /** A start failure in KubeVirt's sense: the VMI failed before it ever ran. */
  public static boolean failedBeforeRunning(VirtualMachineInstance vmi) {
    return phase(vmi) == VirtualMachineInstancePhase.FAILED && !everRan(vmi);
  }

  /** The condition of this type, if present. */
  public static Optional<Condition> condition(VirtualMachineInstance vmi, String type) {
    return Optional.ofNullable(vmi.getStatus())
        .map(VirtualMachineInstanceStatus::getConditions)
        .orElse(List.of())
        .stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst();
  }

  /** Whether the condition of this type has this status (and, if non-null, this reason). */
  public static boolean hasCondition(
      VirtualMachineInstance vmi, String type, String status, String reason) {
    return condition(vmi, type)
        .filter(c -> status.equals(c.getStatus()))
        .filter(c -> reason == null || reason.equals(c.getReason()))
        .isPresent();
  }
}
