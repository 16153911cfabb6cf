package dev.coexist.operator.subresources;

import static dev.coexist.operator.subresources.TestObjects.vm;
import static dev.coexist.operator.subresources.TestObjects.vmi;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** KubeVirt's start/stop/restart decision tables. */
class LifecycleTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final VirtualMachineInstancePhase RUNNING = VirtualMachineInstancePhase.RUNNING;
  static final VirtualMachineInstancePhase SUCCEEDED = VirtualMachineInstancePhase.SUCCEEDED;
  static final VirtualMachineInstancePhase FAILED = VirtualMachineInstancePhase.FAILED;

  /** (strategy, VMI phase or null, expected: "409:<why>" | "spec:<ops>" | "status:<ops>"). */
  static Stream<Arguments> startTable() {
    return Stream.of(
        Arguments.of(
            RunStrategy.HALTED,
            null,
            "spec:test /spec/runStrategy \"Halted\",replace /spec/runStrategy \"Always\""),
        Arguments.of(RunStrategy.ALWAYS, RUNNING, "409:VM is already running"),
        Arguments.of(RunStrategy.ALWAYS, null, "409:Always does not support manual start requests"),
        Arguments.of(
            RunStrategy.ONCE, SUCCEEDED, "409:Once does not support manual start requests"),
        Arguments.of(
            RunStrategy.MANUAL,
            null,
            "status:add /status {\"stateChangeRequests\":[{\"action\":\"Start\"}]}"),
        Arguments.of(
            RunStrategy.MANUAL,
            SUCCEEDED,
            "status:add /status {\"stateChangeRequests\":[{\"action\":\"Stop\",\"uid\":\"vmi-uid\"},{\"action\":\"Start\"}]}"),
        Arguments.of(
            RunStrategy.RERUN_ON_FAILURE,
            FAILED,
            "409:RerunOnFailure does not support starting VM from failed state"),
        Arguments.of(
            RunStrategy.RERUN_ON_FAILURE,
            SUCCEEDED,
            "status:add /status {\"stateChangeRequests\":[{\"action\":\"Stop\",\"uid\":\"vmi-uid\"},{\"action\":\"Start\"}]}"),
        Arguments.of(RunStrategy.HALTED, RUNNING, "409:VM is already running"));
  }

  @ParameterizedTest(name = "start {0} vmi={1} -> {2}")
  @MethodSource("startTable")
  void start(RunStrategy rs, VirtualMachineInstancePhase phase, String expected) throws Exception {
    VirtualMachine vm = vm("vm", rs);
    Optional<VirtualMachineInstance> i = Optional.ofNullable(phase).map(p -> vmi("vm", p));
    assertThat(render(Lifecycle.start(vm, i, LifecycleOptions.Start.NONE))).isEqualTo(expected);
  }

  static Stream<Arguments> stopTable() {
    return Stream.of(
        Arguments.of(
            RunStrategy.ALWAYS,
            RUNNING,
            "spec:test /spec/runStrategy \"Always\",replace /spec/runStrategy \"Halted\""),
        Arguments.of(
            RunStrategy.ONCE,
            null,
            "spec:test /spec/runStrategy \"Once\",replace /spec/runStrategy \"Halted\""),
        Arguments.of(
            RunStrategy.MANUAL,
            RUNNING,
            "status:add /status {\"stateChangeRequests\":[{\"action\":\"Stop\",\"uid\":\"vmi-uid\"}]}"),
        Arguments.of(RunStrategy.MANUAL, null, "409:VM is not running"),
        Arguments.of(RunStrategy.RERUN_ON_FAILURE, SUCCEEDED, "409:VM is not running"),
        Arguments.of(RunStrategy.HALTED, null, "409:VM is not running"),
        Arguments.of(
            RunStrategy.HALTED,
            RUNNING,
            "409:Halted only supports manual stop requests with a shorter graceperiod"));
  }

  @ParameterizedTest(name = "stop {0} vmi={1} -> {2}")
  @MethodSource("stopTable")
  void stop(RunStrategy rs, VirtualMachineInstancePhase phase, String expected) throws Exception {
    VirtualMachine vm = vm("vm", rs);
    Optional<VirtualMachineInstance> i = Optional.ofNullable(phase).map(p -> vmi("vm", p));
    assertThat(render(Lifecycle.stop(vm, i, LifecycleOptions.Stop.NONE))).isEqualTo(expected);
  }

  static Stream<Arguments> restartTable() {
    return Stream.of(
        Arguments.of(
            RunStrategy.ALWAYS,
            RUNNING,
            "status:add /status {\"stateChangeRequests\":[{\"action\":\"Stop\",\"uid\":\"vmi-uid\"},{\"action\":\"Start\"}]}"),
        Arguments.of(
            RunStrategy.MANUAL,
            RUNNING,
            "status:add /status {\"stateChangeRequests\":[{\"action\":\"Stop\",\"uid\":\"vmi-uid\"},{\"action\":\"Start\"}]}"),
        Arguments.of(RunStrategy.ALWAYS, null, "409:VM is not running: Halted"),
        Arguments.of(
            RunStrategy.HALTED,
            RUNNING,
            "409:RunStategy Halted does not support manual restart requests"),
        Arguments.of(
            RunStrategy.ONCE,
            RUNNING,
            "409:RunStategy Once does not support manual restart requests"));
  }

  @ParameterizedTest(name = "restart {0} vmi={1} -> {2}")
  @MethodSource("restartTable")
  void restart(RunStrategy rs, VirtualMachineInstancePhase phase, String expected)
      throws Exception {
    VirtualMachine vm = vm("vm", rs);
    Optional<VirtualMachineInstance> i = Optional.ofNullable(phase).map(p -> vmi("vm", p));
    assertThat(render(Lifecycle.restart(vm, i, LifecycleOptions.Restart.NONE))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void pausedStartOfHaltedVmIsAStartRequestWithPausedData() throws Exception {
    LifecyclePlan p =
        Lifecycle.start(
            vm("vm", RunStrategy.HALTED), Optional.empty(), new LifecycleOptions.Start(true, null));
    assertThat(render(p))
        .isEqualTo(
            "status:add /status {\"stateChangeRequests\":[{\"action\":\"Start\",\"data\":{\"paused\":\"true\"}}]}");
  }

  @org.junit.jupiter.api.Test
  void stopWithGracePeriodPatchesTheVmiFirst() throws Exception {
    LifecyclePlan p =
        Lifecycle.stop(
            vm("vm", RunStrategy.ALWAYS),
            Optional.of(vmi("vm", RUNNING)),
            new LifecycleOptions.Stop(5L, null));
    assertThat(ops(p.vmiPatch()))
        .isEqualTo(
            "test /spec/terminationGracePeriodSeconds null,add /spec/terminationGracePeriodSeconds 5");
  }

  @org.junit.jupiter.api.Test
  void secondRequestWhileOneIsPendingIsRefusedButStopReplaces() throws Exception {
    VirtualMachine vm = vm("vm", RunStrategy.MANUAL);
    Lifecycle.start(vm, Optional.empty(), LifecycleOptions.Start.NONE);
    vm.setStatus(
        JSON.readValue(
            "{\"stateChangeRequests\":[{\"action\":\"Start\"}]}",
            dev.coexist.crds.kubevirt.v1.VirtualMachineStatus.class));
    assertThat(
            render(
                Lifecycle.restart(
                    vm, Optional.of(vmi("vm", RUNNING)), LifecycleOptions.Restart.NONE)))
        .isEqualTo("500:Internal error occurred: " + Lifecycle.UNDERWAY);
    assertThat(
            render(Lifecycle.stop(vm, Optional.of(vmi("vm", RUNNING)), LifecycleOptions.Stop.NONE)))
        .isEqualTo(
            "status:test /status/stateChangeRequests [{\"action\":\"Start\"}],replace /status/stateChangeRequests [{\"action\":\"Stop\",\"uid\":\"vmi-uid\"}]");
  }

  @org.junit.jupiter.api.Test
  void vmWithDeprecatedRunningFieldKeepsUsingIt() throws Exception {
    VirtualMachine vm = vm("vm", null);
    vm.getSpec().setRunning(false);
    assertThat(render(Lifecycle.start(vm, Optional.empty(), LifecycleOptions.Start.NONE)))
        .isEqualTo("spec:test /spec/running false,replace /spec/running true");
  }

  @org.junit.jupiter.api.Test
  void restartGracePeriodOtherThanZeroIsBadRequest() {
    assertThat(
            Lifecycle.restartOptionsError(new LifecycleOptions.Restart(3L, null))
                .orElseThrow()
                .getMessage())
        .isEqualTo("For force restart, only gracePeriod=0 is supported for now");
    assertThat(
            Lifecycle.restartOptionsError(new LifecycleOptions.Restart(-1L, null))
                .orElseThrow()
                .getCode())
        .isEqualTo(400);
    LifecyclePlan forced =
        Lifecycle.restart(
            vm("vm", RunStrategy.ALWAYS),
            Optional.of(vmi("vm", RUNNING)),
            new LifecycleOptions.Restart(0L, null));
    assertThat(forced.deleteLauncherPod()).isTrue();
  }

  static String render(LifecyclePlan p) throws Exception {
    if (p.rejection().isPresent()) {
      String m = p.rejection().get().getMessage();
      int code = p.rejection().get().getCode();
      if (code == 409) {
        return "409:" + m.substring(m.indexOf("\": ") + 3);
      }
      return code + ":" + m;
    }
    if (!p.specPatch().isEmpty()) {
      return "spec:" + ops(p.specPatch());
    }
    return "status:" + ops(p.statusPatch());
  }

  static String ops(List<PatchOp> ops) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (PatchOp o : ops) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(o.op()).append(' ').append(o.path());
      if (o.value() != null) {
        sb.append(' ').append(JSON.writeValueAsString(o.value()));
      }
    }
    return sb.toString();
  }
}
