package dev.coexist.operator.vmi;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import java.util.Optional;

/**
 * What the VMI controller does in one pass.
 *
 * @param action the pod operation
 * @param status the VMI's new status (equal to the current one when nothing changed)
 * @param nodeName the node to record in the {@code kubevirt.io/nodeName} label, once scheduled
 * @param podVanished the plan fails the VMI because its pod is gone: confirm with a live read first
 */
public record VmiPlan(
    Action action,
    VirtualMachineInstanceStatus status,
    Optional<String> nodeName,
    boolean podVanished) {

  /** The pod operation. */
  public enum Action {
    NONE,
    CREATE_POD,
    DELETE_POD
  }
}
