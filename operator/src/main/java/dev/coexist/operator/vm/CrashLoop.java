package dev.coexist.operator.vm;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStartFailure;
import dev.coexist.operator.Timestamps;
import dev.coexist.operator.VmiFacts;
import java.time.Instant;
import java.util.Optional;

/**
 * KubeVirt's crash-loop bookkeeping ({@code status.startFailure}): a VMI that fails before it ever
 * ran counts once (by UID) as a start failure and pushes the next start out by the back-off; a VMI
 * that reaches Running, or a VM set to Halted, clears it.
 */
public final class CrashLoop {

  private CrashLoop() {}

  /** The start failure state after observing {@code vmi}; null when there is none. */
  public static VirtualMachineStartFailure next(
      VirtualMachineStartFailure current,
      RunStrategy strategy,
      Optional<VirtualMachineInstance> vmi,
      StartBackoff backoff,
      Instant now) {
    if (strategy == RunStrategy.HALTED) {
      return null;
    }
    if (vmi.isEmpty()) {
      return current;
    }
    VirtualMachineInstance v = vmi.get();
    if (VmiFacts.phase(v) == VirtualMachineInstancePhase.RUNNING) {
      return null;
    }
    if (!VmiFacts.failedBeforeRunning(v)) {
      return current;
    }
    String uid = v.getMetadata().getUid();
    if (current != null && uid != null && uid.equals(current.getLastFailedVMIUID())) {
      return current;
    }
    int count =
        Optional.ofNullable(current)
                .map(VirtualMachineStartFailure::getConsecutiveFailCount)
                .orElse(0)
            + 1;
    VirtualMachineStartFailure sf = new VirtualMachineStartFailure();
    sf.setConsecutiveFailCount(count);
    sf.setLastFailedVMIUID(uid);
    sf.setRetryAfterTimestamp(Timestamps.format(now.plus(backoff.delayAfter(count))));
    return sf;
  }
}
