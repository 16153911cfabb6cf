package dev.coexist.operator.vm;

import static dev.coexist.operator.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStartFailure;
import dev.coexist.operator.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrashLoopTest {

  private final StartBackoff backoff = StartBackoff.kubevirtDefault();

  @Test
  void aVmiThatFailsBeforeRunningCountsOnceAndBacksOffLonger() {
    VirtualMachineStartFailure first =
        CrashLoop.next(
            null, RunStrategy.ALWAYS, Optional.of(Fixtures.failedEarly("a")), backoff, NOW);
    assertThat(first.getConsecutiveFailCount()).isEqualTo(1);
    assertThat(first.getLastFailedVMIUID()).isEqualTo("a");
    assertThat(first.getRetryAfterTimestamp()).isEqualTo("2026-11-27T03:00:10Z");

    VirtualMachineStartFailure same =
        CrashLoop.next(
            first,
            RunStrategy.ALWAYS,
            Optional.of(Fixtures.failedEarly("a")),
            backoff,
            NOW.plusSeconds(5));
    assertThat(same).isSameAs(first);

    VirtualMachineStartFailure second =
        CrashLoop.next(
            first,
            RunStrategy.ALWAYS,
            Optional.of(Fixtures.failedEarly("b")),
            backoff,
            NOW.plusSeconds(30));
    assertThat(second.getConsecutiveFailCount()).isEqualTo(2);
    assertThat(second.getRetryAfterTimestamp()).isEqualTo("2026-11-27T03:00:50Z");
  }

  @Test
  void aVmiThatRanIsNoStartFailureAndRunningClearsIt() {
    VirtualMachineStartFailure sf = new VirtualMachineStartFailure();
    sf.setConsecutiveFailCount(3);
    assertThat(
            CrashLoop.next(
                sf,
                RunStrategy.ALWAYS,
                Optional.of(Fixtures.failedAfterRunning("c")),
                backoff,
                NOW))
        .isSameAs(sf);
    assertThat(
            CrashLoop.next(
                sf,
                RunStrategy.ALWAYS,
                Optional.of(Fixtures.vmi(VirtualMachineInstancePhase.RUNNING)),
                backoff,
                NOW))
        .isNull();
    assertThat(CrashLoop.next(null, RunStrategy.ALWAYS, Optional.empty(), backoff, NOW)).isNull();
  }

  @Test
  void haltingClearsIt() {
    VirtualMachineStartFailure sf = new VirtualMachineStartFailure();
    sf.setConsecutiveFailCount(3);
    assertThat(CrashLoop.next(sf, RunStrategy.HALTED, Optional.empty(), backoff, NOW)).isNull();
  }
}
