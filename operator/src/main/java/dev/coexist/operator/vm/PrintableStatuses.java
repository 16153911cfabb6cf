package dev.coexist.operator.vm;

import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionReason;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionType;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceMigrationState;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.VmiFacts;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * KubeVirt's {@code printableStatus}: several states can hold at once (Running and Migrating,
 * Paused and Terminating); the first that holds in KubeVirt's order wins; Unknown if none does.
 */
public final class PrintableStatuses {

  private static final Set<DataVolumePhase> DV_WAITING_FOR_BINDING =
      EnumSet.of(DataVolumePhase.WAIT_FOR_FIRST_CONSUMER, DataVolumePhase.PENDING_POPULATION);

  private record Rule(VirtualMachinePrintableStatus status, Predicate<VmObservation> holds) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              VirtualMachinePrintableStatus.TERMINATING,
              o -> o.vm().getMetadata().getDeletionTimestamp() != null),
          new Rule(
              VirtualMachinePrintableStatus.STOPPING,
              o -> live(o).filter(VmiFacts::isDeleting).isPresent()),
          new Rule(
              VirtualMachinePrintableStatus.MIGRATING,
              o -> live(o).filter(PrintableStatuses::migrating).isPresent()),
          new Rule(
              VirtualMachinePrintableStatus.PAUSED,
              o ->
                  live(o)
                      .filter(
                          v ->
                              VmiFacts.hasCondition(
                                  v,
                                  VirtualMachineInstanceConditionType.PAUSED.value(),
                                  Condition.TRUE,
                                  null))
                      .isPresent()),
          new Rule(
              VirtualMachinePrintableStatus.RUNNING,
              o ->
                  live(o).filter(v -> phaseIs(v, VirtualMachineInstancePhase.RUNNING)).isPresent()),
          new Rule(
              VirtualMachinePrintableStatus.ERROR_PVC_NOT_FOUND,
              o ->
                  live(o)
                      .filter(
                          v ->
                              VmiFacts.hasCondition(
                                  v,
                                  VirtualMachineInstanceConditionType.SYNCHRONIZED.value(),
                                  Condition.FALSE,
                                  VirtualMachineInstanceConditionReason.FAILED_PVC_NOT_FOUND
                                      .value()))
                      .isPresent()),
          new Rule(
              VirtualMachinePrintableStatus.DATA_VOLUME_ERROR,
              o -> o.dataVolumes().containsValue(DataVolumePhase.FAILED)),
          new Rule(
              VirtualMachinePrintableStatus.ERROR_UNSCHEDULABLE,
              o -> starting(o).filter(PrintableStatuses::unschedulable).isPresent()),
          new Rule(
              VirtualMachinePrintableStatus.PROVISIONING,
              o ->
                  notYetScheduled(o)
                      && anyDataVolume(
                          o,
                          p ->
                              p != DataVolumePhase.SUCCEEDED
                                  && !DV_WAITING_FOR_BINDING.contains(p))),
          new Rule(
              VirtualMachinePrintableStatus.WAITING_FOR_VOLUME_BINDING,
              o -> notYetScheduled(o) && anyDataVolume(o, DV_WAITING_FOR_BINDING::contains)),
          new Rule(
              VirtualMachinePrintableStatus.ERR_IMAGE_PULL,
              o -> starting(o).isPresent() && podWaiting(o, LauncherPodEvents.ERR_IMAGE_PULL)),
          new Rule(
              VirtualMachinePrintableStatus.IMAGE_PULL_BACK_OFF,
              o -> starting(o).isPresent() && podWaiting(o, LauncherPodEvents.IMAGE_PULL_BACK_OFF)),
          new Rule(VirtualMachinePrintableStatus.STARTING, o -> starting(o).isPresent()),
          new Rule(
              VirtualMachinePrintableStatus.CRASH_LOOP_BACK_OFF, PrintableStatuses::crashLooping),
          new Rule(
              VirtualMachinePrintableStatus.STOPPED,
              o ->
                  o.strategy() != RunStrategy.WAIT_AS_RECEIVER
                      && o.vmi().map(VmiFacts::isFinal).orElse(true)),
          new Rule(
              VirtualMachinePrintableStatus.WAITING_FOR_RECEIVER,
              o -> o.strategy() == RunStrategy.WAIT_AS_RECEIVER));

  private PrintableStatuses() {}

  /** The printable status of the observation. */
  public static VirtualMachinePrintableStatus of(VmObservation o) {
    return RULES.stream()
        .filter(r -> r.holds().test(o))
        .map(Rule::status)
        .findFirst()
        .orElse(VirtualMachinePrintableStatus.UNKNOWN);
  }

  /** The VMI if it has not ended. */
  private static Optional<VirtualMachineInstance> live(VmObservation o) {
    return o.vmi().filter(v -> !VmiFacts.isFinal(v));
  }

  /** The VMI if it exists, is not being deleted and has not reached Running or ended. */
  private static Optional<VirtualMachineInstance> starting(VmObservation o) {
    return live(o)
        .filter(v -> !VmiFacts.isDeleting(v))
        .filter(
            v ->
                EnumSet.of(
                        VirtualMachineInstancePhase.UNSET,
                        VirtualMachineInstancePhase.PENDING,
                        VirtualMachineInstancePhase.SCHEDULING,
                        VirtualMachineInstancePhase.SCHEDULED)
                    .contains(VmiFacts.phase(v)));
  }

  private static boolean notYetScheduled(VmObservation o) {
    return o.vmi()
        .map(
            v ->
                EnumSet.of(
                        VirtualMachineInstancePhase.UNSET,
                        VirtualMachineInstancePhase.PENDING,
                        VirtualMachineInstancePhase.SCHEDULING)
                    .contains(VmiFacts.phase(v)))
        .orElse(true);
  }

  private static boolean anyDataVolume(VmObservation o, Predicate<DataVolumePhase> p) {
    return o.dataVolumes().values().stream().anyMatch(p);
  }

  private static boolean phaseIs(VirtualMachineInstance v, VirtualMachineInstancePhase p) {
    return VmiFacts.phase(v) == p;
  }

  private static boolean migrating(VirtualMachineInstance v) {
    return Optional.ofNullable(v.getStatus())
        .map(VirtualMachineInstanceStatus::getMigrationState)
        .filter(m -> m.getStartTimestamp() != null)
        .filter(m -> !Boolean.TRUE.equals(m.getCompleted()))
        .filter(m -> !Boolean.TRUE.equals(m.getFailed()))
        .map(VirtualMachineInstanceMigrationState::getStartTimestamp)
        .isPresent();
  }

  private static boolean unschedulable(VirtualMachineInstance v) {
    return VmiFacts.hasCondition(
        v,
        VirtualMachineInstanceConditionType.POD_SCHEDULED.value(),
        Condition.FALSE,
        "Unschedulable");
  }

  /** Whether a container of the launcher pod waits for one of the {@code wanted} pull reasons. */
  private static boolean podWaiting(VmObservation o, Set<String> wanted) {
    return o.launcherPod().map(LauncherPodEvents::pullFailures).orElse(Set.of()).stream()
        .anyMatch(wanted::contains);
  }

  private static boolean crashLooping(VmObservation o) {
    return o.startFailure() != null
        && o.vmi().map(VmiFacts::isFinal).orElse(true)
        && (o.strategy() == RunStrategy.ALWAYS || o.strategy() == RunStrategy.RERUN_ON_FAILURE);
  }
}
