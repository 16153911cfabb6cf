package dev.coexist.operator.vm;

import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStartFailure;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the VM status is computed from, after this pass's action.
 *
 * @param vm the VM as read
 * @param strategy the run strategy in effect
 * @param vmi the VMI after this pass (the one just created, or marked for deletion)
 * @param launcherPod the VMI's launcher pod, if one exists
 * @param dataVolumes phases of the DataVolumes the template references that exist, by name
 * @param startFailure the crash-loop state for this pass (null: none)
 * @param decision what this pass decided
 * @param failure a failure to report in the Failure condition (create/delete error, unsupported)
 * @param now the clock
 */
public record VmObservation(
    VirtualMachine vm,
    RunStrategy strategy,
    Optional<VirtualMachineInstance> vmi,
    Optional<Pod> launcherPod,
    Map<String, DataVolumePhase> dataVolumes,
    VirtualMachineStartFailure startFailure,
    RunDecision decision,
    Optional<SyncFailure> failure,
    Instant now) {

  /**
   * A failure of this pass, reported as condition Failure=True.
   *
   * @param reason a KubeVirt reason (FailedCreate, FailedDelete)
   * @param message what failed, naming fields where it can
   */
  public record SyncFailure(String reason, String message) {}
}
