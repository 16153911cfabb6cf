package dev.coexist.operator.vm;

import static dev.coexist.crds.kubevirt.v1.RunStrategy.ALWAYS;
import static dev.coexist.crds.kubevirt.v1.RunStrategy.HALTED;
import static dev.coexist.crds.kubevirt.v1.RunStrategy.MANUAL;
import static dev.coexist.crds.kubevirt.v1.RunStrategy.ONCE;
import static dev.coexist.crds.kubevirt.v1.RunStrategy.RERUN_ON_FAILURE;
import static dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase.FAILED;
import static dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase.RUNNING;
import static dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase.SCHEDULING;
import static dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase.SUCCEEDED;
import static dev.coexist.operator.Fixtures.NOW;
import static dev.coexist.operator.vm.RunDecision.Action.NONE;
import static dev.coexist.operator.vm.RunDecision.Action.START;
import static dev.coexist.operator.vm.RunDecision.Action.STOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.StateChangeAction;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStartFailure;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStateChangeRequest;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStatus;
import dev.coexist.operator.Fixtures;
import dev.coexist.operator.Fixtures.VirtualMachinePhaseSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RunDeciderTest {

  /** VMI states of a row: absent, a phase, or deleting. */
  enum Vmi {
    NONE_,
    PENDING_,
    RUNNING_,
    SUCCEEDED_,
    FAILED_,
    DELETING_
  }

  /** Requests of a row. */
  enum Req {
    NO_REQUEST,
    START_REQ,
    STOP_REQ,
    STOP_OTHER_UID
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // strategy, vmi, request, previous status.runStrategy, expected, addStartRequest
        Arguments.of(ALWAYS, Vmi.NONE_, Req.NO_REQUEST, ALWAYS, START, false),
        Arguments.of(ALWAYS, Vmi.RUNNING_, Req.NO_REQUEST, ALWAYS, NONE, false),
        Arguments.of(ALWAYS, Vmi.FAILED_, Req.NO_REQUEST, ALWAYS, STOP, false),
        Arguments.of(ALWAYS, Vmi.SUCCEEDED_, Req.NO_REQUEST, ALWAYS, STOP, false),
        Arguments.of(ALWAYS, Vmi.RUNNING_, Req.STOP_REQ, ALWAYS, STOP, false),
        Arguments.of(ALWAYS, Vmi.RUNNING_, Req.STOP_OTHER_UID, ALWAYS, NONE, false),
        Arguments.of(ALWAYS, Vmi.DELETING_, Req.NO_REQUEST, ALWAYS, NONE, false),
        Arguments.of(HALTED, Vmi.RUNNING_, Req.NO_REQUEST, ALWAYS, STOP, false),
        Arguments.of(HALTED, Vmi.NONE_, Req.NO_REQUEST, HALTED, NONE, false),
        Arguments.of(HALTED, Vmi.NONE_, Req.START_REQ, HALTED, NONE, false),
        Arguments.of(MANUAL, Vmi.NONE_, Req.NO_REQUEST, MANUAL, NONE, false),
        Arguments.of(MANUAL, Vmi.NONE_, Req.START_REQ, MANUAL, START, false),
        Arguments.of(MANUAL, Vmi.RUNNING_, Req.STOP_REQ, MANUAL, STOP, false),
        Arguments.of(MANUAL, Vmi.RUNNING_, Req.START_REQ, MANUAL, NONE, false),
        Arguments.of(MANUAL, Vmi.SUCCEEDED_, Req.NO_REQUEST, MANUAL, NONE, false),
        Arguments.of(MANUAL, Vmi.SUCCEEDED_, Req.START_REQ, MANUAL, STOP, false),
        Arguments.of(MANUAL, Vmi.FAILED_, Req.NO_REQUEST, MANUAL, NONE, false),
        Arguments.of(RERUN_ON_FAILURE, Vmi.NONE_, Req.NO_REQUEST, null, START, false),
        Arguments.of(RERUN_ON_FAILURE, Vmi.NONE_, Req.NO_REQUEST, ALWAYS, START, false),
        Arguments.of(RERUN_ON_FAILURE, Vmi.NONE_, Req.NO_REQUEST, RERUN_ON_FAILURE, NONE, false),
        Arguments.of(RERUN_ON_FAILURE, Vmi.NONE_, Req.START_REQ, RERUN_ON_FAILURE, START, false),
        Arguments.of(RERUN_ON_FAILURE, Vmi.FAILED_, Req.NO_REQUEST, RERUN_ON_FAILURE, STOP, true),
        Arguments.of(
            RERUN_ON_FAILURE, Vmi.SUCCEEDED_, Req.NO_REQUEST, RERUN_ON_FAILURE, STOP, false),
        Arguments.of(RERUN_ON_FAILURE, Vmi.RUNNING_, Req.NO_REQUEST, RERUN_ON_FAILURE, NONE, false),
        Arguments.of(RERUN_ON_FAILURE, Vmi.RUNNING_, Req.STOP_REQ, RERUN_ON_FAILURE, STOP, false),
        Arguments.of(ONCE, Vmi.NONE_, Req.NO_REQUEST, null, START, false),
        Arguments.of(ONCE, Vmi.SUCCEEDED_, Req.NO_REQUEST, ONCE, NONE, false),
        Arguments.of(ONCE, Vmi.FAILED_, Req.NO_REQUEST, ONCE, NONE, false));
  }

  @ParameterizedTest(name = "{0}, VMI {1}, {2}, was {3} -> {4} (start request {5})")
  @MethodSource("table")
  void decides(
      RunStrategy strategy,
      Vmi vmi,
      Req req,
      RunStrategy previous,
      RunDecision.Action expected,
      boolean addStart) {
    VirtualMachine vm = vm(previous, req);
    RunDecision d = RunDecider.decide(vm, strategy, vmi(vmi), null, List.of(), NOW);
    assertThat(d.action()).as(d.why()).isEqualTo(expected);
    assertThat(d.addStartRequest()).isEqualTo(addStart);
  }

  @Test
  void backOffHoldsTheStartUntilRetryAfter() {
    VirtualMachineStartFailure sf = new VirtualMachineStartFailure();
    sf.setConsecutiveFailCount(2);
    sf.setRetryAfterTimestamp("2026-11-27T03:00:20Z");
    RunDecision waiting =
        RunDecider.decide(vm(ALWAYS, Req.NO_REQUEST), ALWAYS, Optional.empty(), sf, List.of(), NOW);
    assertThat(waiting.action()).isEqualTo(NONE);
    assertThat(waiting.retryIn()).contains(Duration.ofSeconds(20));

    RunDecision after =
        RunDecider.decide(
            vm(ALWAYS, Req.NO_REQUEST),
            ALWAYS,
            Optional.empty(),
            sf,
            List.of(),
            NOW.plusSeconds(20));
    assertThat(after.action()).isEqualTo(START);
  }

  @Test
  void unsupportedFeaturesNeverStart() {
    RunDecision d =
        RunDecider.decide(
            vm(ALWAYS, Req.NO_REQUEST),
            ALWAYS,
            Optional.empty(),
            null,
            List.of("spec.template.spec.domain.devices.gpus"),
            NOW);
    assertThat(d.action()).isEqualTo(NONE);
    assertThat(d.why()).contains("gpus");
  }

  @Test
  void aDeletedVmStopsItsVmi() {
    VirtualMachine vm = vm(ALWAYS, Req.NO_REQUEST);
    vm.getMetadata().setDeletionTimestamp("2026-11-27T02:59:00Z");
    assertThat(RunDecider.decide(vm, ALWAYS, vmi(Vmi.RUNNING_), null, List.of(), NOW).action())
        .isEqualTo(STOP);
    assertThat(RunDecider.decide(vm, ALWAYS, Optional.empty(), null, List.of(), NOW).action())
        .isEqualTo(NONE);
  }

  @Test
  void deprecatedRunningMapsToAlwaysOrHalted() {
    VirtualMachine vm = Fixtures.vm();
    vm.getSpec().setRunStrategy(null);
    vm.getSpec().setRunning(true);
    assertThat(RunStrategies.effective(vm.getSpec())).isEqualTo(ALWAYS);
    vm.getSpec().setRunning(false);
    assertThat(RunStrategies.effective(vm.getSpec())).isEqualTo(HALTED);
    vm.getSpec().setRunning(null);
    assertThat(RunStrategies.effective(vm.getSpec())).isEqualTo(HALTED);
  }

  static VirtualMachine vm(RunStrategy previous, Req req) {
    VirtualMachine vm = Fixtures.vm();
    VirtualMachineStatus s = new VirtualMachineStatus();
    s.setRunStrategy(previous);
    List<VirtualMachineStateChangeRequest> reqs = new ArrayList<>();
    switch (req) {
      case START_REQ -> reqs.add(request(StateChangeAction.START, null));
      case STOP_REQ -> reqs.add(request(StateChangeAction.STOP, "vmi-uid-1"));
      case STOP_OTHER_UID -> reqs.add(request(StateChangeAction.STOP, "some-old-uid"));
      default -> {}
    }
    s.setStateChangeRequests(reqs.isEmpty() ? null : reqs);
    vm.setStatus(s);
    return vm;
  }

  static VirtualMachineStateChangeRequest request(StateChangeAction action, String uid) {
    VirtualMachineStateChangeRequest r = new VirtualMachineStateChangeRequest();
    r.setAction(action);
    r.setUid(uid);
    return r;
  }

  static Optional<VirtualMachineInstance> vmi(Vmi v) {
    VirtualMachineInstancePhase p =
        switch (v) {
          case NONE_ -> null;
          case PENDING_, DELETING_ -> SCHEDULING;
          case RUNNING_ -> RUNNING;
          case SUCCEEDED_ -> SUCCEEDED;
          case FAILED_ -> FAILED;
        };
    if (p == null) {
      return Optional.empty();
    }
    return Optional.of(
        Fixtures.vmi(new VirtualMachinePhaseSpec("vmi-uid-1", p, List.of(p), v == Vmi.DELETING_)));
  }
}
