package dev.coexist.operator.subresources;

import io.fabric8.kubernetes.api.model.Status;
import java.util.List;
import java.util.Optional;

/**
 * What a lifecycle request does: either a rejection, or JSON patches in the order they are applied
 * (VMI first, then VM status, then VM spec) and whether the launcher pod is deleted (forced
 * restart).
 *
 * @param rejection the error to answer with; when present nothing else happens
 * @param vmiPatch patch of the VMI (stop with a shorter grace period)
 * @param statusPatch patch of the VM's status subresource (state change requests)
 * @param specPatch patch of the VM (run strategy)
 * @param deleteLauncherPod delete the VMI's launcher pod (restart with grace period 0)
 */
public record LifecyclePlan(
    Optional<Status> rejection,
    List<PatchOp> vmiPatch,
    List<PatchOp> statusPatch,
    List<PatchOp> specPatch,
    boolean deleteLauncherPod) {

  /** A plan that answers with this error. */
  public static LifecyclePlan reject(Status status) {
    return new LifecyclePlan(Optional.of(status), List.of(), List.of(), List.of(), false);
  }

  /** A plan that patches the VM spec. */
  public static LifecyclePlan spec(List<PatchOp> ops) {
    return new LifecyclePlan(Optional.empty(), List.of(), List.of(), ops, false);
  }

  /** A plan that patches the VM status. */
  public static LifecyclePlan status(List<PatchOp> ops) {
    return new LifecyclePlan(Optional.empty(), List.of(), ops, List.of(), false);
  }

  /** A plan that does nothing and is accepted. */
  public static LifecyclePlan nothing() {
    return new LifecyclePlan(Optional.empty(), List.of(), List.of(), List.of(), false);
  }

  /** This plan, also patching the VMI first. */
  public LifecyclePlan withVmiPatch(List<PatchOp> ops) {
    return new LifecyclePlan(rejection, ops, statusPatch, specPatch, deleteLauncherPod);
  }

  /** This plan, also deleting the launcher pod. */
  public LifecyclePlan withLauncherPodDeleted() {
    return new LifecyclePlan(rejection, vmiPatch, statusPatch, specPatch, true);
  }
}
