package dev.coexist.operator.vm;

import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.CRASH_LOOP_BACK_OFF;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.DATA_VOLUME_ERROR;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.ERROR_PVC_NOT_FOUND;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.ERROR_UNSCHEDULABLE;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.ERR_IMAGE_PULL;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.IMAGE_PULL_BACK_OFF;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.MIGRATING;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.PAUSED;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.PROVISIONING;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.RUNNING;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.STARTING;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.STOPPED;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.STOPPING;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.TERMINATING;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.UNKNOWN;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.WAITING_FOR_RECEIVER;
import static dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus.WAITING_FOR_VOLUME_BINDING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceMigrationState;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStartFailure;
import dev.coexist.operator.Fixtures;
import dev.coexist.operator.Fixtures.VirtualMachinePhaseSpec;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrintableStatusesTest {

  private static final Set<VirtualMachinePrintableStatus> SEEN =
      EnumSet.noneOf(VirtualMachinePrintableStatus.class);

  static Stream<Arguments> table() {
    return Stream.concat(lifecycle(), starting());
  }

  static Stream<Arguments> lifecycle() {
    return Stream.of(
        row("no VMI", STOPPED, () -> obs(RunStrategy.HALTED, null)),
        row(
            "VMI succeeded",
            STOPPED,
            () -> obs(RunStrategy.ONCE, vmi(VirtualMachineInstancePhase.SUCCEEDED))),
        row(
            "VM deleted",
            TERMINATING,
            () -> deleted(obs(RunStrategy.ALWAYS, vmi(VirtualMachineInstancePhase.RUNNING)))),
        row(
            "VMI being deleted",
            STOPPING,
            () -> obs(RunStrategy.HALTED, deleting(VirtualMachineInstancePhase.RUNNING))),
        row("migrating", MIGRATING, () -> obs(RunStrategy.ALWAYS, migrating())),
        row(
            "paused",
            PAUSED,
            () ->
                obs(
                    RunStrategy.ALWAYS,
                    Fixtures.withCondition(
                        vmi(VirtualMachineInstancePhase.RUNNING),
                        "Paused",
                        "True",
                        "PausedByUser"))),
        row(
            "running",
            RUNNING,
            () -> obs(RunStrategy.ALWAYS, vmi(VirtualMachineInstancePhase.RUNNING))),
        row(
            "pvc missing",
            ERROR_PVC_NOT_FOUND,
            () ->
                obs(
                    RunStrategy.ALWAYS,
                    Fixtures.withCondition(
                        vmi(VirtualMachineInstancePhase.PENDING),
                        "Synchronized",
                        "False",
                        "FailedPvcNotFound"))),
        row(
            "dv failed",
            DATA_VOLUME_ERROR,
            () -> withDv(obs(RunStrategy.ALWAYS, null), DataVolumePhase.FAILED)));
  }

  static Stream<Arguments> starting() {
    return Stream.of(
        row(
            "unschedulable",
            ERROR_UNSCHEDULABLE,
            () ->
                obs(
                    RunStrategy.ALWAYS,
                    Fixtures.withCondition(
                        vmi(VirtualMachineInstancePhase.SCHEDULING),
                        "PodScheduled",
                        "False",
                        "Unschedulable"))),
        row(
            "dv importing",
            PROVISIONING,
            () -> withDv(obs(RunStrategy.ALWAYS, null), DataVolumePhase.IMPORT_IN_PROGRESS)),
        row(
            "dv wffc",
            WAITING_FOR_VOLUME_BINDING,
            () ->
                withDv(
                    obs(RunStrategy.ALWAYS, vmi(VirtualMachineInstancePhase.PENDING)),
                    DataVolumePhase.WAIT_FOR_FIRST_CONSUMER)),
        row(
            "image pull",
            ERR_IMAGE_PULL,
            () ->
                withPod(
                    obs(RunStrategy.ALWAYS, vmi(VirtualMachineInstancePhase.SCHEDULING)),
                    "ErrImagePull")),
        row(
            "image never pull",
            ERR_IMAGE_PULL,
            () ->
                withPod(
                    obs(RunStrategy.ALWAYS, vmi(VirtualMachineInstancePhase.SCHEDULING)),
                    "ErrImageNeverPull")),
        row(
            "image backoff",
            IMAGE_PULL_BACK_OFF,
            () ->
                withPod(
                    obs(RunStrategy.ALWAYS, vmi(VirtualMachineInstancePhase.SCHEDULING)),
                    "ImagePullBackOff")),
        row(
            "just created",
            STARTING,
            () -> obs(RunStrategy.ALWAYS, vmi(VirtualMachineInstancePhase.UNSET))),
        row(
            "scheduled",
            STARTING,
            () -> obs(RunStrategy.ALWAYS, vmi(VirtualMachineInstancePhase.SCHEDULED))),
        row(
            "crash loop, no VMI",
            CRASH_LOOP_BACK_OFF,
            () -> withStartFailure(obs(RunStrategy.ALWAYS, null))),
        row(
            "crash loop, failed VMI",
            CRASH_LOOP_BACK_OFF,
            () -> withStartFailure(obs(RunStrategy.RERUN_ON_FAILURE, Fixtures.failedEarly("x")))),
        row(
            "halted with old start failure",
            STOPPED,
            () -> withStartFailure(obs(RunStrategy.MANUAL, null))),
        row("receiver", WAITING_FOR_RECEIVER, () -> obs(RunStrategy.WAIT_AS_RECEIVER, null)),
        row(
            "VMI phase Unknown",
            UNKNOWN,
            () -> obs(RunStrategy.ALWAYS, vmi(VirtualMachineInstancePhase.UNKNOWN))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("table")
  void computes(String what, VirtualMachinePrintableStatus expected, Supplier<VmObservation> o) {
    assertThat(PrintableStatuses.of(o.get())).isEqualTo(expected);
    SEEN.add(expected);
  }

  @AfterAll
  static void everyValueIsCovered() {
    Set<VirtualMachinePrintableStatus> missing = EnumSet.allOf(VirtualMachinePrintableStatus.class);
    missing.removeAll(SEEN);
    assertThat(missing).as("printable statuses without a row").isEmpty();
  }

  private static Arguments row(
      String what, VirtualMachinePrintableStatus s, Supplier<VmObservation> o) {
    return Arguments.of(what, s, o);
  }

  private static final VirtualMachine VM = Fixtures.vm();

  static VmObservation obs(RunStrategy strategy, VirtualMachineInstance vmi) {
    return new VmObservation(
        VM,
        strategy,
        Optional.ofNullable(vmi),
        Optional.empty(),
        Map.of(),
        null,
        RunDecision.none("test"),
        Optional.empty(),
        Fixtures.NOW);
  }

  static VirtualMachineInstance vmi(VirtualMachineInstancePhase p) {
    return Fixtures.vmi(p);
  }

  static VirtualMachineInstance deleting(VirtualMachineInstancePhase p) {
    return Fixtures.vmi(new VirtualMachinePhaseSpec("u", p, List.of(p), true));
  }

  static VirtualMachineInstance migrating() {
    VirtualMachineInstance v = vmi(VirtualMachineInstancePhase.RUNNING);
    VirtualMachineInstanceMigrationState m = new VirtualMachineInstanceMigrationState();
    m.setStartTimestamp("2026-11-27T02:59:00Z");
    v.getStatus().setMigrationState(m);
    return v;
  }

  static VmObservation deleted(VmObservation o) {
    VirtualMachine vm = Fixtures.vm();
    vm.getMetadata().setDeletionTimestamp("2026-11-27T02:59:00Z");
    return new VmObservation(
        vm,
        o.strategy(),
        o.vmi(),
        o.launcherPod(),
        o.dataVolumes(),
        o.startFailure(),
        o.decision(),
        o.failure(),
        o.now());
  }

  static VmObservation withDv(VmObservation o, DataVolumePhase p) {
    return new VmObservation(
        o.vm(),
        o.strategy(),
        o.vmi(),
        o.launcherPod(),
        Map.of("dv", p),
        o.startFailure(),
        o.decision(),
        o.failure(),
        o.now());
  }

  static VmObservation withStartFailure(VmObservation o) {
    VirtualMachineStartFailure sf = new VirtualMachineStartFailure();
    sf.setConsecutiveFailCount(1);
    return new VmObservation(
        o.vm(),
        o.strategy(),
        o.vmi(),
        o.launcherPod(),
        o.dataVolumes(),
        sf,
        o.decision(),
        o.failure(),
        o.now());
  }

  static VmObservation withPod(VmObservation o, String reason) {
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName("p")
            .endMetadata()
            .withNewStatus()
            .addNewInitContainerStatus()
            .withName("container-disk-root")
            .withNewState()
            .withNewWaiting()
            .withReason(reason)
            .endWaiting()
            .endState()
            .endInitContainerStatus()
            .endStatus()
            .build();
    return new VmObservation(
        o.vm(),
        o.strategy(),
        o.vmi(),
        Optional.of(pod),
        o.dataVolumes(),
        o.startFailure(),
        o.decision(),
        o.failure(),
        o.now());
  }

  static Set<String> names() {
    return Stream.of(VirtualMachinePrintableStatus.values())
        .map(Object::toString)
        .collect(Collectors.toSet());
  }
}
