package dev.coexist.operator.dv;

import dev.coexist.crds.cdi.v1beta1.DataVolumeConditionReason;
import dev.coexist.crds.cdi.v1beta1.DataVolumeConditionType;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.cdi.v1beta1.DataVolumeStatus;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.Conditions;
import dev.coexist.operator.dv.ImporterOutcome.State;
import dev.coexist.operator.dv.ImporterPodModel.SourceKind;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.util.Optional;

/**
 * A DataVolume's status, as CDI shows it: the phase (Pending → ImportScheduled/CloneScheduled →
 * ImportInProgress/CloneInProgress → Succeeded, or WaitForFirstConsumer, or Failed), {@code
 * progress} "NN.NN%", {@code restartCount}, and the conditions Bound, Ready and Running (Running
 * and Ready never both True). Succeeded and Failed are final. Pure.
 */
public final class DvStatusBuilder {

  /** CDI's progress of a completed import. */
  public static final String DONE = "100.0%";

  /** CDI's progress when none is known. */
  public static final String NA = "N/A";

  private DvStatusBuilder() {}

  /** The status for the observation. */
  public static DataVolumeStatus build(DvObservation o) {
    DataVolumeStatus old = Optional.ofNullable(o.dv().getStatus()).orElseGet(DataVolumeStatus::new);
    DataVolumeStatus s = new DataVolumeStatus();
    String claim = o.dv().getMetadata().getName();
    s.setClaimName(claim);
    int restarts =
        Math.max(
            Optional.ofNullable(old.getRestartCount()).orElse(0),
            o.importer().map(ImporterOutcome::restarts).orElse(0));
    s.setRestartCount(restarts);
    Conditions c = new Conditions(old.getConditions(), o.now(), null);
    bound(c, o.pvc(), claim);
    DataVolumePhase oldPhase = old.getPhase();
    if (oldPhase == DataVolumePhase.SUCCEEDED || oldPhase == DataVolumePhase.FAILED) {
      s.setPhase(oldPhase);
      s.setProgress(old.getProgress());
      c.keep(DataVolumeConditionType.READY.value()).keep(DataVolumeConditionType.RUNNING.value());
      s.setConditions(c.build());
      return s;
    }
    if (o.invalid().isPresent()) {
      s.setPhase(DataVolumePhase.FAILED);
      s.setProgress(NA);
      String reason = DataVolumeConditionReason.INVALID_SPEC.value();
      ready(c, Condition.FALSE, reason, o.invalid().get());
      running(c, Condition.FALSE, reason, o.invalid().get());
      s.setConditions(c.build());
      return s;
    }
    Progress p = progress(o, old);
    s.setPhase(p.phase());
    s.setProgress(p.progress());
    ready(
        c,
        p.phase() == DataVolumePhase.SUCCEEDED ? Condition.TRUE : Condition.FALSE,
        p.readyReason(),
        p.message());
    running(c, p.running(), p.runningReason(), p.message());
    s.setConditions(c.build());
    return s;
  }

  private record Progress(
      DataVolumePhase phase,
      String progress,
      String running,
      String runningReason,
      String readyReason,
      String message) {}

  private static Progress progress(DvObservation o, DataVolumeStatus old) {
    String pending = DataVolumeConditionReason.PENDING.value();
    boolean clone = o.kind() == SourceKind.CLONE;
    if (o.kind() == SourceKind.UPLOAD && o.pvc().isPresent() && !o.waitingForConsumer()) {
      return upload(o.importer().orElse(new ImporterOutcome(State.SCHEDULED, 0, null, null)));
    }
    if (o.pvc().isEmpty()) {
      return new Progress(DataVolumePhase.PENDING, NA, Condition.FALSE, pending, pending, "");
    }
    if (o.importer().isEmpty()) {
      if (o.waitingForConsumer()) {
        return new Progress(
            DataVolumePhase.WAIT_FOR_FIRST_CONSUMER,
            NA,
            Condition.FALSE,
            pending,
            pending,
            "PVC " + o.pvc().get().getMetadata().getName() + " waits for its first consumer");
      }
      return scheduled(clone);
    }
    ImporterOutcome i = o.importer().get();
    String last = Optional.ofNullable(old.getProgress()).orElse(NA);
    String running = DataVolumeConditionReason.TRANSFER_RUNNING.value();
    return switch (i.state()) {
      case SCHEDULED -> scheduled(clone);
      case RUNNING ->
          new Progress(
              clone ? DataVolumePhase.CLONE_IN_PROGRESS : DataVolumePhase.IMPORT_IN_PROGRESS,
              o.progress().orElse(last),
              Condition.TRUE,
              running,
              running,
              "");
      case RETRYING ->
          new Progress(
              clone ? DataVolumePhase.CLONE_IN_PROGRESS : DataVolumePhase.IMPORT_IN_PROGRESS,
              last,
              Condition.FALSE,
              i.reason(),
              running,
              i.message());
      case SUCCEEDED -> {
        String done = DataVolumeConditionReason.COMPLETED.value();
        yield new Progress(
            DataVolumePhase.SUCCEEDED, DONE, Condition.FALSE, done, done, i.message());
      }
      case FAILED ->
          new Progress(
              DataVolumePhase.FAILED, last, Condition.FALSE, i.reason(), i.reason(), i.message());
    };
  }

  /**
   * An upload: UploadScheduled until the upload server is ready, UploadReady while it waits for (or
   * receives) the image, Succeeded when it completed, Failed when it failed for good.
   */
  private static Progress upload(ImporterOutcome i) {
    String pending = DataVolumeConditionReason.PENDING.value();
    return switch (i.state()) {
      case SCHEDULED, RETRYING ->
          new Progress(
              DataVolumePhase.UPLOAD_SCHEDULED,
              NA,
              Condition.FALSE,
              i.state() == State.RETRYING ? i.reason() : pending,
              pending,
              i.state() == State.RETRYING ? i.message() : "");
      case RUNNING ->
          new Progress(
              DataVolumePhase.UPLOAD_READY,
              NA,
              Condition.TRUE,
              "UploadReady",
              pending,
              "Upload into the PVC is ready: virtctl image-upload, or POST to the upload proxy");
      case SUCCEEDED -> {
        String done = DataVolumeConditionReason.COMPLETED.value();
        yield new Progress(
            DataVolumePhase.SUCCEEDED, DONE, Condition.FALSE, done, done, "Upload Complete");
      }
      case FAILED ->
          new Progress(
              DataVolumePhase.FAILED, NA, Condition.FALSE, i.reason(), i.reason(), i.message());
    };
  }

  private static Progress scheduled(boolean clone) {
    String pending = DataVolumeConditionReason.PENDING.value();
    return new Progress(
        clone ? DataVolumePhase.CLONE_SCHEDULED : DataVolumePhase.IMPORT_SCHEDULED,
        NA,
        Condition.FALSE,
        pending,
        pending,
        "");
  }

  private static void bound(Conditions c, Optional<PersistentVolumeClaim> pvc, String claim) {
    String type = DataVolumeConditionType.BOUND.value();
    if (pvc.isEmpty()) {
      c.set(type, Condition.UNKNOWN, DataVolumeConditionReason.NOT_FOUND.value(), "No PVC found");
      return;
    }
    String phase = Optional.ofNullable(pvc.get().getStatus()).map(x -> x.getPhase()).orElse("");
    switch (phase) {
      case "Bound" ->
          c.set(
              type,
              Condition.TRUE,
              DataVolumeConditionReason.BOUND.value(),
              "PVC " + claim + " Bound");
      case "Lost" ->
          c.set(
              type,
              Condition.FALSE,
              DataVolumeConditionReason.CLAIM_LOST.value(),
              "PVC " + claim + " lost its volume");
      default ->
          c.set(
              type,
              Condition.FALSE,
              DataVolumeConditionReason.PENDING.value(),
              "PVC " + claim + " Pending");
    }
  }

  private static void ready(Conditions c, String status, String reason, String message) {
    c.set(DataVolumeConditionType.READY.value(), status, reason, message);
  }

  private static void running(Conditions c, String status, String reason, String message) {
    c.set(DataVolumeConditionType.RUNNING.value(), status, reason, message);
  }
}
