package dev.coexist.operator.dv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.operator.dv.ImporterOutcome.State;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import org.junit.jupiter.api.Test;

class ImporterOutcomeTest {

  private static final String CHECKSUM =
      "{\"outcome\":\"Failed\",\"reason\":\"ChecksumMismatch\",\"message\":\"checksum mismatch for"
          + " http://h/x: expected sha256:00, got sha256:ff\",\"bytesDownloaded\":5,"
          + "\"virtualSize\":0,\"diskSize\":0,\"durationMillis\":3}";
  private static final String TRANSFER =
      "{\"outcome\":\"Failed\",\"reason\":\"TransferFailed\",\"message\":\"connection reset\","
          + "\"bytesDownloaded\":5,\"virtualSize\":0,\"diskSize\":0,\"durationMillis\":3}";

  @Test
  void runningAndScheduled() {
    assertThat(ImporterOutcome.of(DvFixtures.pod("Running", DvFixtures.running(0)), 3).state())
        .isEqualTo(State.RUNNING);
    assertThat(ImporterOutcome.of(DvFixtures.pod("Pending", null), 3).state())
        .isEqualTo(State.SCHEDULED);
  }

  @Test
  void succeeded() {
    ImporterOutcome o =
        ImporterOutcome.of(DvFixtures.pod("Succeeded", DvFixtures.terminated(0, "{}", 1)), 3);
    assertThat(o.state()).isEqualTo(State.SUCCEEDED);
    assertThat(o.restarts()).isEqualTo(1);
  }

  @Test
  void aFinalReasonFailsAtOnceWithTheImportersMessage() {
    ImporterOutcome o =
        ImporterOutcome.of(DvFixtures.pod("Running", DvFixtures.terminated(1, CHECKSUM, 0)), 3);
    assertThat(o.state()).isEqualTo(State.FAILED);
    assertThat(o.reason()).isEqualTo("ChecksumMismatch");
    assertThat(o.message()).startsWith("checksum mismatch for http://h/x");
  }

  @Test
  void aTransientReasonRetriesUntilTheRestartLimit() {
    ContainerStatus once = DvFixtures.terminated(1, TRANSFER, 1);
    assertThat(ImporterOutcome.of(DvFixtures.pod("Running", once), 3).state())
        .isEqualTo(State.RETRYING);
    ContainerStatus waitingAfterFailure = DvFixtures.running(2);
    waitingAfterFailure.setLastState(once.getState());
    waitingAfterFailure.setState(null);
    assertThat(ImporterOutcome.of(DvFixtures.pod("Running", waitingAfterFailure), 3).state())
        .isEqualTo(State.RETRYING);
    ImporterOutcome last =
        ImporterOutcome.of(DvFixtures.pod("Running", DvFixtures.terminated(1, TRANSFER, 3)), 3);
    assertThat(last.state()).isEqualTo(State.FAILED);
    assertThat(last.reason()).isEqualTo("TransferFailed");
  }

  @Test
  void noTerminationMessageStillSaysWhy() {
    ImporterOutcome o =
        ImporterOutcome.of(DvFixtures.pod("Failed", DvFixtures.terminated(137, null, 0)), 3);
    assertThat(o.state()).isEqualTo(State.FAILED);
    assertThat(o.message()).isEqualTo("importer exited with code 137 (Error)");
  }
}
