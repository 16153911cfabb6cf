package dev.coexist.operator.dv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.cdi.v1beta1.DataVolumeStatus;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.Fixtures;
import dev.coexist.operator.dv.ImporterOutcome.State;
import dev.coexist.operator.dv.ImporterPodModel.SourceKind;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DvStatusBuilderTest {

  private static DataVolumeStatus build(
      DataVolume dv,
      Optional<PersistentVolumeClaim> pvc,
      Optional<ImporterOutcome> importer,
      boolean waiting,
      Optional<String> progress) {
    return DvStatusBuilder.build(
        new DvObservation(
            dv, Optional.empty(), SourceKind.HTTP, pvc, importer, waiting, progress, Fixtures.NOW));
  }

  private static Condition condition(DataVolumeStatus s, String type) {
    return s.getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void noPvcYetIsPending() {
    DataVolumeStatus s =
        build(DvFixtures.httpDv(), Optional.empty(), Optional.empty(), false, Optional.empty());
    assertThat(s.getPhase()).isEqualTo(DataVolumePhase.PENDING);
    assertThat(s.getProgress()).isEqualTo("N/A");
    assertThat(s.getClaimName()).isEqualTo("disk");
    assertThat(condition(s, "Bound").getStatus()).isEqualTo(Condition.UNKNOWN);
    assertThat(s.getConditions())
        .extracting(Condition::getType)
        .containsExactly("Bound", "Ready", "Running");
  }

  @Test
  void waitForFirstConsumer() {
    DataVolumeStatus s =
        build(
            DvFixtures.httpDv(),
            Optional.of(DvFixtures.pvc("Pending")),
            Optional.empty(),
            true,
            Optional.empty());
    assertThat(s.getPhase()).isEqualTo(DataVolumePhase.WAIT_FOR_FIRST_CONSUMER);
    assertThat(condition(s, "Bound").getStatus()).isEqualTo(Condition.FALSE);
    assertThat(condition(s, "Bound").getMessage()).isEqualTo("PVC disk Pending");
  }

  @Test
  void scheduledThenInProgressWithProgressThenSucceeded() {
    var pvc = Optional.of(DvFixtures.pvc("Bound"));
    DataVolume dv = DvFixtures.httpDv();
    DataVolumeStatus scheduled =
        build(
            dv,
            pvc,
            Optional.of(new ImporterOutcome(State.SCHEDULED, 0, null, null)),
            false,
            Optional.empty());
    assertThat(scheduled.getPhase()).isEqualTo(DataVolumePhase.IMPORT_SCHEDULED);
    assertThat(condition(scheduled, "Bound").getStatus()).isEqualTo(Condition.TRUE);

    dv.setStatus(scheduled);
    DataVolumeStatus running =
        build(
            dv,
            pvc,
            Optional.of(new ImporterOutcome(State.RUNNING, 0, null, null)),
            false,
            Optional.of("42.17%"));
    assertThat(running.getPhase()).isEqualTo(DataVolumePhase.IMPORT_IN_PROGRESS);
    assertThat(running.getProgress()).isEqualTo("42.17%");
    assertThat(condition(running, "Running").getStatus()).isEqualTo(Condition.TRUE);
    assertThat(condition(running, "Ready").getStatus()).isEqualTo(Condition.FALSE);

    dv.setStatus(running);
    DataVolumeStatus unread =
        build(
            dv,
            pvc,
            Optional.of(new ImporterOutcome(State.RUNNING, 0, null, null)),
            false,
            Optional.empty());
    assertThat(unread.getProgress())
        .as("an unreadable progress keeps the last one")
        .isEqualTo("42.17%");

    DataVolumeStatus done =
        build(
            dv,
            pvc,
            Optional.of(new ImporterOutcome(State.SUCCEEDED, 1, "Completed", "Import Complete")),
            false,
            Optional.empty());
    assertThat(done.getPhase()).isEqualTo(DataVolumePhase.SUCCEEDED);
    assertThat(done.getProgress()).isEqualTo("100.0%");
    assertThat(done.getRestartCount()).isEqualTo(1);
    assertThat(condition(done, "Ready").getStatus()).isEqualTo(Condition.TRUE);
    assertThat(condition(done, "Running").getStatus()).isEqualTo(Condition.FALSE);
    assertThat(condition(done, "Running").getReason()).isEqualTo("Completed");

    dv.setStatus(done);
    DataVolumeStatus after = build(dv, pvc, Optional.empty(), false, Optional.empty());
    assertThat(after.getPhase())
        .as("Succeeded is final: no new import")
        .isEqualTo(DataVolumePhase.SUCCEEDED);
    assertThat(after).isEqualTo(done);
  }

  @Test
  void failedCarriesTheImportersReasonAndMessage() {
    DataVolumeStatus s =
        build(
            DvFixtures.httpDv(),
            Optional.of(DvFixtures.pvc("Bound")),
            Optional.of(
                new ImporterOutcome(
                    State.FAILED, 0, "ChecksumMismatch", "checksum mismatch for http://h/x")),
            false,
            Optional.empty());
    assertThat(s.getPhase()).isEqualTo(DataVolumePhase.FAILED);
    Condition running = condition(s, "Running");
    assertThat(running.getStatus()).isEqualTo(Condition.FALSE);
    assertThat(running.getReason()).isEqualTo("ChecksumMismatch");
    assertThat(running.getMessage()).isEqualTo("checksum mismatch for http://h/x");
  }

  @Test
  void retryingStaysInProgressAndCountsRestarts() {
    DataVolumeStatus s =
        build(
            DvFixtures.httpDv(),
            Optional.of(DvFixtures.pvc("Bound")),
            Optional.of(
                new ImporterOutcome(State.RETRYING, 2, "TransferFailed", "connection reset")),
            false,
            Optional.empty());
    assertThat(s.getPhase()).isEqualTo(DataVolumePhase.IMPORT_IN_PROGRESS);
    assertThat(s.getRestartCount()).isEqualTo(2);
    assertThat(condition(s, "Running").getReason()).isEqualTo("TransferFailed");
  }

  @Test
  void invalidSpecFails() {
    DataVolumeStatus s =
        DvStatusBuilder.build(
            new DvObservation(
                DvFixtures.httpDv(),
                Optional.of("spec.source.registry: not supported by coexist yet"),
                null,
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                Fixtures.NOW));
    assertThat(s.getPhase()).isEqualTo(DataVolumePhase.FAILED);
    assertThat(condition(s, "Ready").getReason()).isEqualTo("InvalidSpec");
    assertThat(condition(s, "Ready").getMessage()).startsWith("spec.source.registry");
  }

  @Test
  void eventsAnnouncePhaseChangesOnly() {
    DataVolume dv = DvFixtures.httpDv();
    DataVolumeStatus s = new DataVolumeStatus();
    s.setClaimName("disk");
    s.setPhase(DataVolumePhase.SUCCEEDED);
    assertThat(DvEvents.of(dv, DataVolumePhase.IMPORT_IN_PROGRESS, s, Fixtures.NOW))
        .hasValueSatisfying(
            e -> {
              assertThat(e.getReason()).isEqualTo("ImportSucceeded");
              assertThat(e.getMessage()).isEqualTo("Successfully imported into PVC disk");
              assertThat(e.getInvolvedObject().getKind()).isEqualTo("DataVolume");
            });
    assertThat(DvEvents.of(dv, DataVolumePhase.SUCCEEDED, s, Fixtures.NOW)).isEmpty();
  }
}
