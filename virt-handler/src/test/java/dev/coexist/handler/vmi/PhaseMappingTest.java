package dev.coexist.handler.vmi;

import static dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase.FAILED;
import static dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase.RUNNING;
import static dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase.SCHEDULED;
import static dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhaseMappingTest {

  static Stream<Arguments> domainToPhase() {
    return Stream.of(
        // current, state, reason, stop requested, expected phase, expected reason
        arguments(SCHEDULED, DomainState.RUNNING, "booted", false, RUNNING, null),
        arguments(RUNNING, DomainState.RUNNING, "unpaused", false, RUNNING, null),
        arguments(RUNNING, DomainState.BLOCKED, "unknown", false, RUNNING, null),
        arguments(RUNNING, DomainState.PAUSED, "user", false, RUNNING, null),
        arguments(RUNNING, DomainState.SHUTTING_DOWN, "user", true, RUNNING, null),
        arguments(RUNNING, DomainState.SHUT_OFF, "shutdown", false, SUCCEEDED, "GuestShutdown"),
        arguments(RUNNING, DomainState.SHUT_OFF, "shutdown", true, SUCCEEDED, "Stopped"),
        arguments(RUNNING, DomainState.SHUT_OFF, "destroyed", true, SUCCEEDED, "Stopped"),
        arguments(RUNNING, DomainState.SHUT_OFF, "destroyed", false, FAILED, "DomainDestroyed"),
        arguments(RUNNING, DomainState.SHUT_OFF, "crashed", false, FAILED, "GuestCrashed"),
        arguments(RUNNING, DomainState.SHUT_OFF, "failed", false, FAILED, "GuestCrashed"),
        arguments(RUNNING, DomainState.CRASHED, "panicked", false, FAILED, "GuestCrashed"),
        arguments(RUNNING, DomainState.SHUT_OFF, "unknown", false, FAILED, "DomainLost"),
        arguments(RUNNING, DomainState.ABSENT, "unknown", false, FAILED, "DomainLost"),
        arguments(RUNNING, DomainState.ABSENT, "unknown", true, SUCCEEDED, "Stopped"),
        arguments(SCHEDULED, DomainState.ABSENT, "unknown", false, SCHEDULED, null),
        arguments(SCHEDULED, DomainState.SHUT_OFF, "unknown", false, SCHEDULED, null),
        arguments(SCHEDULED, DomainState.SHUT_OFF, "crashed", false, FAILED, "GuestCrashed"),
        arguments(SUCCEEDED, DomainState.RUNNING, "booted", false, SUCCEEDED, null),
        arguments(FAILED, DomainState.RUNNING, "booted", false, FAILED, null));
  }

  @ParameterizedTest(name = "{0} + {1}/{2} stop={3} -> {4} {5}")
  @MethodSource
  void domainToPhase(
      VirtualMachineInstancePhase current,
      DomainState state,
      String reason,
      boolean stop,
      VirtualMachineInstancePhase phase,
      String why) {
    PhaseOutcome out =
        PhaseMapping.map(current, Observation.of(new DomainStatus("ns_vm", state, reason), stop));
    assertThat(out).isEqualTo(new PhaseOutcome(phase, why));
  }

  static Stream<Arguments> launcherGone() {
    return Stream.of(
        arguments(RUNNING, false, FAILED, "LauncherTerminated"),
        arguments(SCHEDULED, false, FAILED, "LauncherTerminated"),
        arguments(RUNNING, true, SUCCEEDED, "Stopped"),
        arguments(SUCCEEDED, false, SUCCEEDED, null));
  }

  @ParameterizedTest(name = "{0} launcher gone stop={1} -> {2} {3}")
  @MethodSource
  void launcherGone(
      VirtualMachineInstancePhase current,
      boolean stop,
      VirtualMachineInstancePhase phase,
      String why) {
    Observation gone = new Observation(Optional.empty(), true, stop, Optional.empty());
    assertThat(PhaseMapping.map(current, gone)).isEqualTo(new PhaseOutcome(phase, why));
  }

  static Stream<Arguments> syncFailures() {
    return Stream.of(
        arguments(ErrorReason.INVALID_SPEC, FAILED, "InvalidSpec"),
        arguments(ErrorReason.RUNTIME_ERROR, SCHEDULED, null));
  }

  @ParameterizedTest(name = "sync failure {0} -> {1}")
  @MethodSource
  void syncFailures(ErrorReason reason, VirtualMachineInstancePhase phase, String why) {
    Observation obs =
        Observation.of(DomainStatus.absent(), false).withSyncFailure(reason, "spec.domain: bad");
    assertThat(PhaseMapping.map(SCHEDULED, obs)).isEqualTo(new PhaseOutcome(phase, why));
  }

  @ParameterizedTest(name = "launcher not answering keeps {0}")
  @MethodSource("phases")
  void unansweredKeepsThePhase(VirtualMachineInstancePhase current) {
    Observation none = new Observation(Optional.empty(), false, false, Optional.empty());
    assertThat(PhaseMapping.map(current, none).phase()).isEqualTo(current);
  }

  static Stream<VirtualMachineInstancePhase> phases() {
    return Stream.of(SCHEDULED, RUNNING, SUCCEEDED, FAILED);
  }

  static Stream<Arguments> needsSync() {
    return Stream.of(
        arguments(SCHEDULED, DomainState.ABSENT, "unknown", false, true),
        arguments(VirtualMachineInstancePhase.UNSET, DomainState.ABSENT, "unknown", false, true),
        arguments(SCHEDULED, DomainState.SHUT_OFF, "unknown", false, true),
        arguments(SCHEDULED, DomainState.ABSENT, "unknown", true, false),
        arguments(SCHEDULED, DomainState.RUNNING, "booted", false, false),
        arguments(SCHEDULED, DomainState.SHUT_OFF, "shutdown", false, false),
        arguments(RUNNING, DomainState.ABSENT, "unknown", false, false),
        arguments(RUNNING, DomainState.RUNNING, "booted", false, false),
        arguments(SUCCEEDED, DomainState.ABSENT, "unknown", false, false));
  }

  @ParameterizedTest(name = "{0} + {1}/{2} stop={3}: sync={4}")
  @MethodSource
  void needsSync(
      VirtualMachineInstancePhase current,
      DomainState state,
      String reason,
      boolean stop,
      boolean sync) {
    assertThat(PhaseMapping.needsSync(current, new DomainStatus("ns_vm", state, reason), stop))
        .isEqualTo(sync);
  }
}
