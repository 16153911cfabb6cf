package dev.coexist.operator.dv;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.cdi.v1beta1.DataVolumeStatus;
import dev.coexist.operator.Timestamps;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The Event a DataVolume's phase change is announced with, in CDI's words. Pure. */
public final class DvEvents {

  /** The {@code source.component} of the events. */
  public static final String COMPONENT = "datavolume-controller";

  private DvEvents() {}

  /** The event for a change from {@code before} to {@code after}, empty if the phase stayed. */
  public static Optional<Event> of(
      DataVolume dv, DataVolumePhase before, DataVolumeStatus after, Instant now) {
    DataVolumePhase phase = after.getPhase();
    if (phase == null || phase == before) {
      return Optional.empty();
    }
    String claim = after.getClaimName();
    String reason;
    String message;
    String type = "Normal";
    switch (phase) {
      case PENDING -> {
        reason = "Pending";
        message = "PVC " + claim + " Pending";
      }
      case WAIT_FOR_FIRST_CONSUMER -> {
        reason = "WaitForFirstConsumer";
        message = "PVC " + claim + " Pending and Waiting for first consumer";
      }
      case IMPORT_SCHEDULED -> {
        reason = "ImportScheduled";
        message = "Import into " + claim + " scheduled";
      }
      case IMPORT_IN_PROGRESS -> {
        reason = "ImportInProgress";
        message = "Import into " + claim + " in progress";
      }
      case CLONE_SCHEDULED -> {
        reason = "CloneScheduled";
        message = "Cloning into " + claim + " scheduled";
      }
      case CLONE_IN_PROGRESS -> {
        reason = "CloneInProgress";
        message = "Cloning into " + claim + " in progress";
      }
      case SUCCEEDED -> {
        boolean clone =
            dv.getSpec() != null
                && dv.getSpec().getSource() != null
                && dv.getSpec().getSource().getPvc() != null;
        reason = clone ? "CloneSucceeded" : "ImportSucceeded";
        message =
            (clone ? "Successfully cloned into PVC " : "Successfully imported into PVC ") + claim;
      }
      case FAILED -> {
        type = "Warning";
        reason = "Error";
        message = failureMessage(after, claim);
      }
      default -> {
        reason = phase.value();
        message = "DataVolume " + dv.getMetadata().getName() + " is " + phase.value();
      }
    }
    String ts = Timestamps.format(now);
    return Optional.of(
        new EventBuilder()
            .withNewMetadata()
            .withName(dv.getMetadata().getName() + "." + Long.toHexString(now.toEpochMilli()))
            .withNamespace(dv.getMetadata().getNamespace())
            .endMetadata()
            .withNewInvolvedObject()
            .withApiVersion(DataVolume.API_VERSION)
            .withKind(DataVolume.KIND)
            .withName(dv.getMetadata().getName())
            .withNamespace(dv.getMetadata().getNamespace())
            .withUid(dv.getMetadata().getUid())
            .endInvolvedObject()
            .withReason(reason)
            .withMessage(message)
            .withType(type)
            .withCount(1)
            .withFirstTimestamp(ts)
            .withLastTimestamp(ts)
            .withNewSource()
            .withComponent(COMPONENT)
            .endSource()
            .build());
  }

  private static String failureMessage(DataVolumeStatus s, String claim) {
    return Optional.ofNullable(s.getConditions()).stream()
        .flatMap(List::stream)
        .filter(c -> "Running".equals(c.getType()))
        .findFirst()
        .map(c -> "Import into " + claim + " failed: " + c.getReason() + ": " + c.getMessage())
        .orElse("Import into " + claim + " failed");
  }
}
