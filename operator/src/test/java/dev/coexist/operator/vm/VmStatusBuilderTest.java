package dev.coexist.operator.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.StateChangeAction;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStatus;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.Fixtures;
import dev.coexist.operator.vm.VmObservation.SyncFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VmStatusBuilderTest {

  private static VmObservation obs(
      VirtualMachine vm, Optional<VirtualMachineInstance> vmi, RunDecision d) {
    return new VmObservation(
        vm,
        RunStrategy.ALWAYS,
        vmi,
        Optional.empty(),
        Map.of(),
        null,
        d,
        Optional.empty(),
        Fixtures.NOW);
  }

  @Test
  void runningVmiMakesTheVmReadyAndRunning() {
    VirtualMachineInstance vmi =
        Fixtures.withCondition(
            Fixtures.vmi(VirtualMachineInstancePhase.RUNNING), "Ready", "True", null);
    VirtualMachineStatus s =
        VmStatusBuilder.build(obs(Fixtures.vm(), Optional.of(vmi), RunDecision.none("t")));
    assertThat(s.getCreated()).isTrue();
    assertThat(s.getReady()).isTrue();
    assertThat(s.getPrintableStatus()).isEqualTo(VirtualMachinePrintableStatus.RUNNING);
    assertThat(s.getRunStrategy()).isEqualTo(RunStrategy.ALWAYS);
    assertThat(s.getObservedGeneration()).isEqualTo(1L);
    assertThat(s.getDesiredGeneration()).isEqualTo(1L);
    assertThat(s.getConditions())
        .filteredOn(c -> c.getType().equals("Ready"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getObservedGeneration()).isEqualTo(1L);
              assertThat(c.getLastTransitionTime()).isEqualTo("2026-11-27T03:00:00Z");
            });
  }

  @Test
  void anUnchangedStatusIsEqualAndKeepsItsTransitionTimes() {
    VirtualMachine vm = Fixtures.vm();
    VirtualMachineStatus first =
        VmStatusBuilder.build(obs(vm, Optional.empty(), RunDecision.none("t")));
    vm.setStatus(first);
    VmObservation later =
        new VmObservation(
            vm,
            RunStrategy.ALWAYS,
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            null,
            RunDecision.none("t"),
            Optional.empty(),
            Fixtures.NOW.plusSeconds(600));
    assertThat(VmStatusBuilder.build(later)).isEqualTo(first);
    assertThat(first.getConditions())
        .singleElement()
        .extracting(Condition::getReason)
        .isEqualTo("VMINotExists");
  }

  @Test
  void aStatusChangeMovesTheTransitionTime() {
    VirtualMachine vm = Fixtures.vm();
    vm.setStatus(VmStatusBuilder.build(obs(vm, Optional.empty(), RunDecision.none("t"))));
    VirtualMachineInstance vmi =
        Fixtures.withCondition(
            Fixtures.vmi(VirtualMachineInstancePhase.RUNNING), "Ready", "True", null);
    VmObservation later =
        new VmObservation(
            vm,
            RunStrategy.ALWAYS,
            Optional.of(vmi),
            Optional.empty(),
            Map.of(),
            null,
            RunDecision.none("t"),
            Optional.empty(),
            Fixtures.NOW.plusSeconds(60));
    assertThat(VmStatusBuilder.build(later).getConditions().get(0).getLastTransitionTime())
        .isEqualTo("2026-11-27T03:01:00Z");
  }

  @Test
  void stopThenStartRequestsAreTrimmedOneAtATime() {
    VirtualMachine vm = RunDeciderTest.vm(RunStrategy.MANUAL, RunDeciderTest.Req.STOP_REQ);
    vm.getStatus()
        .setStateChangeRequests(
            List.of(
                RunDeciderTest.request(StateChangeAction.STOP, "vmi-uid-1"),
                RunDeciderTest.request(StateChangeAction.START, null)));
    VirtualMachineInstance running = Fixtures.vmi(VirtualMachineInstancePhase.RUNNING);
    // the VMI still exists: the stop is pending
    assertThat(VmStatusBuilder.requests(obs(vm, Optional.of(running), RunDecision.none("t"))))
        .hasSize(2);
    // the VMI is gone: stop done, start next
    assertThat(VmStatusBuilder.requests(obs(vm, Optional.empty(), RunDecision.none("t"))))
        .singleElement()
        .extracting(r -> r.getAction())
        .isEqualTo(StateChangeAction.START);
  }

  @Test
  void restartingAFailedVmiUnderRerunOnFailureAddsAStartRequest() {
    VirtualMachine vm = Fixtures.vm();
    RunDecision d = new RunDecision(RunDecision.Action.STOP, true, Optional.empty(), "rerun");
    assertThat(VmStatusBuilder.requests(obs(vm, Optional.empty(), d)))
        .singleElement()
        .extracting(r -> r.getAction())
        .isEqualTo(StateChangeAction.START);
  }

  @Test
  void aFailureIsReportedInTheFailureCondition() {
    VmObservation o =
        new VmObservation(
            Fixtures.vm(),
            RunStrategy.ALWAYS,
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            null,
            RunDecision.none("t"),
            Optional.of(new SyncFailure("FailedCreate", "not supported by coexist: x.gpus")),
            Fixtures.NOW);
    assertThat(VmStatusBuilder.build(o).getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("Failure");
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getMessage()).contains("x.gpus");
            });
  }

  @Test
  void aTemplateChangeWhileRunningRequiresARestart() {
    VirtualMachine vm = Fixtures.vm();
    VirtualMachineInstance vmi = Fixtures.vmi(VirtualMachineInstancePhase.RUNNING);
    vm.getMetadata().setGeneration(2L);
    vm.getSpec().getTemplate().getSpec().getDomain().getCpu().setCores(2);
    VirtualMachineStatus s =
        VmStatusBuilder.build(obs(vm, Optional.of(vmi), RunDecision.none("t")));
    assertThat(s.getObservedGeneration()).isEqualTo(1L);
    assertThat(s.getDesiredGeneration()).isEqualTo(2L);
    assertThat(s.getConditions()).anyMatch(c -> c.getType().equals("RestartRequired"));

    VirtualMachine same = Fixtures.vm();
    same.getMetadata().setGeneration(2L);
    assertThat(
            VmStatusBuilder.build(obs(same, Optional.of(vmi), RunDecision.none("t")))
                .getConditions())
        .noneMatch(c -> c.getType().equals("RestartRequired"));
  }
}
