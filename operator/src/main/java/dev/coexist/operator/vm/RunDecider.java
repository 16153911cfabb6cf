package dev.coexist.operator.vm;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.StateChangeAction;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStartFailure;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStateChangeRequest;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStatus;
import dev.coexist.operator.VmiFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * KubeVirt's start/stop rules per run strategy, as a pure function of the VM, its VMI (if any), the
 * crash-loop state and the clock. Only the first state change request is considered in a pass.
 */
public final class RunDecider {

  private RunDecider() {}

  /**
   * The decision for this pass.
   *
   * @param startFailure the crash-loop state already updated for this pass (may be null)
   * @param unsupported unsupported feature paths; non-empty means the VM is never started
   */
  public static RunDecision decide(
      VirtualMachine vm,
      RunStrategy strategy,
      Optional<VirtualMachineInstance> vmi,
      VirtualMachineStartFailure startFailure,
      List<String> unsupported,
      Instant now) {
    if (vm.getMetadata().getDeletionTimestamp() != null) {
      return vmi.filter(v -> !VmiFacts.isDeleting(v))
          .map(v -> RunDecision.stop("the VM is being deleted"))
          .orElseGet(() -> RunDecision.none("the VM is being deleted"));
    }
    if (vmi.isPresent() && VmiFacts.isDeleting(vmi.get())) {
      return RunDecision.none("the VMI is being deleted");
    }
    Optional<VirtualMachineStateChangeRequest> first = firstRequest(vm);
    if (vmi.isPresent() && isStopRequestFor(first, vmi.get())) {
      return RunDecision.stop("stop request for VMI " + vmi.get().getMetadata().getUid());
    }
    RunDecision d =
        switch (strategy) {
          case ALWAYS -> always(vmi);
          case RERUN_ON_FAILURE -> rerunOnFailure(vm, vmi, first);
          case MANUAL -> manual(vmi, first);
          case HALTED ->
              vmi.map(v -> RunDecision.stop("runStrategy Halted"))
                  .orElseGet(() -> RunDecision.none("runStrategy Halted"));
          case ONCE ->
              vmi.map(v -> RunDecision.none("runStrategy Once: the VMI exists"))
                  .orElseGet(() -> RunDecision.start("runStrategy Once"));
          case WAIT_AS_RECEIVER -> RunDecision.none("WaitAsReceiver: waiting for a migration");
        };
    if (d.action() == RunDecision.Action.START) {
      return gateStart(d, startFailure, unsupported, now);
    }
    return d;
  }

  private static RunDecision always(Optional<VirtualMachineInstance> vmi) {
    if (vmi.isEmpty()) {
      return RunDecision.start("runStrategy Always: no VMI");
    }
    return VmiFacts.isFinal(vmi.get())
        ? RunDecision.stop("runStrategy Always: the VMI ended, replacing it")
        : RunDecision.none("runStrategy Always: the VMI exists");
  }

  private static RunDecision rerunOnFailure(
      VirtualMachine vm,
      Optional<VirtualMachineInstance> vmi,
      Optional<VirtualMachineStateChangeRequest> first) {
    if (vmi.isPresent()) {
      VirtualMachineInstancePhase phase = VmiFacts.phase(vmi.get());
      if (phase == VirtualMachineInstancePhase.FAILED) {
        return new RunDecision(
            RunDecision.Action.STOP,
            true,
            Optional.empty(),
            "runStrategy RerunOnFailure: the VMI failed, restarting");
      }
      if (phase == VirtualMachineInstancePhase.SUCCEEDED) {
        return RunDecision.stop("runStrategy RerunOnFailure: the guest shut down, staying stopped");
      }
      return RunDecision.none("runStrategy RerunOnFailure: the VMI exists");
    }
    boolean switchedTo =
        Optional.ofNullable(vm.getStatus()).map(VirtualMachineStatus::getRunStrategy).orElse(null)
            != RunStrategy.RERUN_ON_FAILURE;
    if (isStartRequest(first) || switchedTo) {
      return RunDecision.start("runStrategy RerunOnFailure: start");
    }
    return RunDecision.none("runStrategy RerunOnFailure: stopped");
  }

  private static RunDecision manual(
      Optional<VirtualMachineInstance> vmi, Optional<VirtualMachineStateChangeRequest> first) {
    if (vmi.isPresent()) {
      if (VmiFacts.isFinal(vmi.get()) && isStartRequest(first)) {
        return RunDecision.stop("runStrategy Manual: start request, removing the ended VMI first");
      }
      return RunDecision.none("runStrategy Manual: the VMI exists");
    }
    return isStartRequest(first)
        ? RunDecision.start("runStrategy Manual: start request")
        : RunDecision.none("runStrategy Manual: no start request");
  }

  private static RunDecision gateStart(
      RunDecision d, VirtualMachineStartFailure sf, List<String> unsupported, Instant now) {
    if (!unsupported.isEmpty()) {
      return RunDecision.none("not started: unsupported " + String.join(", ", unsupported));
    }
    Optional<Instant> retryAfter =
        Optional.ofNullable(sf)
            .map(VirtualMachineStartFailure::getRetryAfterTimestamp)
            .map(t -> OffsetDateTime.parse(t).toInstant());
    if (retryAfter.isPresent() && now.isBefore(retryAfter.get())) {
      return RunDecision.waitFor(
          Duration.between(now, retryAfter.get()), "crash-loop back-off until " + retryAfter.get());
    }
    return d;
  }

  /** The first state change request, the only one acted on. */
  public static Optional<VirtualMachineStateChangeRequest> firstRequest(VirtualMachine vm) {
    return Optional.ofNullable(vm.getStatus())
        .map(VirtualMachineStatus::getStateChangeRequests)
        .filter(l -> !l.isEmpty())
        .map(l -> l.get(0));
  }

  static boolean isStartRequest(Optional<VirtualMachineStateChangeRequest> r) {
    return r.map(VirtualMachineStateChangeRequest::getAction)
        .filter(StateChangeAction.START::equals)
        .isPresent();
  }

  /** A Stop request naming this VMI's UID, or naming none (it then applies to any VMI). */
  static boolean isStopRequestFor(
      Optional<VirtualMachineStateChangeRequest> r, VirtualMachineInstance vmi) {
    return r.filter(x -> x.getAction() == StateChangeAction.STOP)
        .filter(x -> x.getUid() == null || x.getUid().equals(vmi.getMetadata().getUid()))
        .isPresent();
  }
}
