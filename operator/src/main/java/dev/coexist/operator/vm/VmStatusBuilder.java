package dev.coexist.operator.vm;

import dev.coexist.crds.kubevirt.v1.StateChangeAction;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineConditionReason;
import dev.coexist.crds.kubevirt.v1.VirtualMachineConditionType;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionType;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStateChangeRequest;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStatus;
import dev.coexist.crds.model.ApiObjects;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.Conditions;
import dev.coexist.operator.VmiFacts;
import dev.coexist.operator.vm.model.VirtualMachineInstanceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a VM's whole status from an observation. Fields other components own (volume requests,
 * snapshot state, ...) are carried over unchanged; conditions keep their transition time while
 * their status holds.
 */
public final class VmStatusBuilder {

  private VmStatusBuilder() {}

  /** The new status. Equal to the current one when nothing changed. */
  public static VirtualMachineStatus build(VmObservation o) {
    VirtualMachine vm = o.vm();
    VirtualMachineStatus old =
        Optional.ofNullable(vm.getStatus()).orElseGet(VirtualMachineStatus::new);
    VirtualMachineStatus s = ApiObjects.deepCopy(old, VirtualMachineStatus.class);
    Optional<VirtualMachineInstance> vmi = o.vmi();
    long generation = Optional.ofNullable(vm.getMetadata().getGeneration()).orElse(1L);
    s.setRunStrategy(o.strategy());
    s.setCreated(vmi.isPresent() ? Boolean.TRUE : null);
    s.setReady(vmi.filter(VmStatusBuilder::vmiReady).isPresent() ? Boolean.TRUE : null);
    s.setPrintableStatus(PrintableStatuses.of(o));
    s.setStartFailure(o.startFailure());
    s.setDesiredGeneration(generation);
    s.setObservedGeneration(
        vmi.filter(v -> !VmiFacts.isFinal(v))
            .flatMap(VirtualMachineInstanceModel::vmGenerationOf)
            .orElse(generation));
    s.setStateChangeRequests(requests(o));
    s.setConditions(conditions(o, old, generation));
    return s;
  }

  private static boolean vmiReady(VirtualMachineInstance v) {
    return !VmiFacts.isDeleting(v)
        && VmiFacts.hasCondition(
            v, VirtualMachineInstanceConditionType.READY.value(), Condition.TRUE, null);
  }

  /** Trims the first request once it is done; appends a Start when restarting a failed VMI. */
  static List<VirtualMachineStateChangeRequest> requests(VmObservation o) {
    List<VirtualMachineStateChangeRequest> reqs =
        new ArrayList<>(
            Optional.ofNullable(o.vm().getStatus())
                .map(VirtualMachineStatus::getStateChangeRequests)
                .orElse(List.of()));
    if (!reqs.isEmpty() && firstIsDone(reqs.get(0), o.vmi())) {
      reqs.remove(0);
    }
    if (o.decision().addStartRequest()
        && reqs.stream().noneMatch(r -> r.getAction() == StateChangeAction.START)) {
      VirtualMachineStateChangeRequest start = new VirtualMachineStateChangeRequest();
      start.setAction(StateChangeAction.START);
      reqs.add(start);
    }
    return reqs.isEmpty() ? null : reqs;
  }

  private static boolean firstIsDone(
      VirtualMachineStateChangeRequest r, Optional<VirtualMachineInstance> vmi) {
    if (r.getAction() == StateChangeAction.STOP) {
      return vmi.isEmpty()
          || (r.getUid() != null && !r.getUid().equals(vmi.get().getMetadata().getUid()));
    }
    if (r.getAction() == StateChangeAction.START) {
      return vmi.filter(v -> !VmiFacts.isDeleting(v) && !VmiFacts.isFinal(v)).isPresent();
    }
    return true;
  }

  private static List<Condition> conditions(
      VmObservation o, VirtualMachineStatus old, long generation) {
    Conditions c = new Conditions(old.getConditions(), o.now(), generation);
    Optional<VirtualMachineInstance> vmi = o.vmi();
    String ready = VirtualMachineConditionType.READY.value();
    if (vmi.isEmpty()) {
      c.set(
          ready,
          Condition.FALSE,
          VirtualMachineConditionReason.VMINOT_EXISTS.value(),
          "VMI does not exist");
    } else {
      Optional<Condition> vr =
          VmiFacts.condition(vmi.get(), VirtualMachineInstanceConditionType.READY.value());
      if (vr.isPresent() && !VmiFacts.isDeleting(vmi.get())) {
        c.set(ready, vr.get().getStatus(), vr.get().getReason(), vr.get().getMessage());
      } else if (vr.isPresent()) {
        c.set(ready, Condition.FALSE, "VMIDeleting", "the VMI is being deleted");
      } else {
        c.set(
            ready,
            Condition.FALSE,
            VirtualMachineConditionReason.VMICONDITION_MISSING.value(),
            "VMI is missing the Ready condition");
      }
    }
    o.failure()
        .ifPresent(
            f ->
                c.set(
                    VirtualMachineConditionType.FAILURE.value(),
                    Condition.TRUE,
                    f.reason(),
                    f.message()));
    vmi.flatMap(v -> VmiFacts.condition(v, VirtualMachineInstanceConditionType.PAUSED.value()))
        .filter(Condition::isTrue)
        .ifPresent(
            p ->
                c.set(
                    VirtualMachineConditionType.PAUSED.value(),
                    Condition.TRUE,
                    p.getReason(),
                    p.getMessage()));
    if (restartRequired(o, generation)) {
      c.set(
          VirtualMachineConditionType.RESTART_REQUIRED.value(),
          Condition.TRUE,
          "NonLiveUpdatableFieldChanged",
          "a non-live-updatable field was changed in the template spec");
    }
    keepForeign(c, old);
    return c.build();
  }

  /** The running VMI came from an older generation whose template spec differs from today's. */
  static boolean restartRequired(VmObservation o, long generation) {
    return o.vmi()
        .filter(v -> !VmiFacts.isFinal(v) && !VmiFacts.isDeleting(v))
        .filter(
            v ->
                VirtualMachineInstanceModel.vmGenerationOf(v)
                    .map(g -> g < generation)
                    .orElse(false))
        .filter(
            v ->
                !Objects.equals(
                    ApiObjects.toTree(v.getSpec()),
                    ApiObjects.toTree(o.vm().getSpec().getTemplate().getSpec())))
        .isPresent();
  }

  /** Conditions other components own (anything not computed here) stay as they are. */
  private static void keepForeign(Conditions c, VirtualMachineStatus old) {
    Optional.ofNullable(old.getConditions()).orElse(List.of()).stream()
        .map(Condition::getType)
        .filter(
            t ->
                !List.of(
                        VirtualMachineConditionType.READY.value(),
                        VirtualMachineConditionType.FAILURE.value(),
                        VirtualMachineConditionType.PAUSED.value(),
                        VirtualMachineConditionType.RESTART_REQUIRED.value())
                    .contains(t))
        .forEach(c::keep);
  }
}
