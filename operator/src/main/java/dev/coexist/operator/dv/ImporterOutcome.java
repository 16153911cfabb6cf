package dev.coexist.operator.dv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an importer pod says about its import: running, done, or its last failure (from the typed
 * termination message, or the container's exit when there is none), and its restart count. Pure.
 *
 * @param state the pod's import state
 * @param restarts restarts of the importer container
 * @param reason the failure reason (an {@link ImportReason} name, or the kubelet's reason)
 * @param message the failure message for users
 */
public record ImporterOutcome(State state, int restarts, String reason, String message) {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** Reasons a new attempt cannot fix: the DataVolume fails at once. */
  static final Set<ImportReason> FINAL =
      EnumSet.of(
          ImportReason.ChecksumMismatch,
          ImportReason.NotFound,
          ImportReason.Unauthorized,
          ImportReason.NotAnImage,
          ImportReason.ImageTooLarge,
          ImportReason.InvalidConfiguration,
          ImportReason.ConversionFailed);

  /** The import state of a pod. */
  public enum State {
    /** Not running yet (scheduling, pulling, creating). */
    SCHEDULED,
    /** The importer container runs. */
    RUNNING,
    /** The import completed. */
    SUCCEEDED,
    /** It failed and a restart may fix it (the kubelet restarts it). */
    RETRYING,
    /** It failed for good. */
    FAILED
  }

  /** Reads the pod; {@code maxRestarts} turns a retryable failure into a final one. */
  public static ImporterOutcome of(Pod pod, int maxRestarts) {
    String phase = Optional.ofNullable(pod.getStatus()).map(s -> s.getPhase()).orElse("Pending");
    Optional<ContainerStatus> cs =
        Optional.ofNullable(pod.getStatus())
            .map(s -> s.getContainerStatuses())
            .orElse(List.of())
            .stream()
            .filter(c -> ImporterPodModel.CONTAINER.equals(c.getName()))
            .findFirst();
    int restarts = cs.map(ContainerStatus::getRestartCount).orElse(0);
    boolean exitedZero =
        cs.map(ContainerStatus::getState)
            .map(ContainerState::getTerminated)
            .map(t -> t.getExitCode() != null && t.getExitCode() == 0)
            .orElse(false);
    if ("Succeeded".equals(phase) || exitedZero) {
      // exit 0 under restartPolicy OnFailure: the pod is about to be Succeeded (no flap between)
      return new ImporterOutcome(State.SUCCEEDED, restarts, "Completed", "Import Complete");
    }
    Optional<ContainerStateTerminated> failed =
        cs.map(ContainerStatus::getState)
            .map(ContainerState::getTerminated)
            .or(() -> cs.map(ContainerStatus::getLastState).map(ContainerState::getTerminated))
            .filter(t -> t.getExitCode() == null || t.getExitCode() != 0);
    if (failed.isPresent()) {
      Failure f = failure(failed.get());
      boolean fatal = "Failed".equals(phase) || f.fatal() || restarts >= maxRestarts;
      return new ImporterOutcome(
          fatal ? State.FAILED : State.RETRYING, restarts, f.reason(), f.message());
    }
    if ("Failed".equals(phase)) {
      String msg = Optional.ofNullable(pod.getStatus().getMessage()).orElse("importer pod failed");
      String reason = Optional.ofNullable(pod.getStatus().getReason()).orElse("Error");
      return new ImporterOutcome(State.FAILED, restarts, reason, msg);
    }
    boolean running =
        cs.map(ContainerStatus::getState).map(ContainerState::getRunning).isPresent()
            && !cs.map(ContainerStatus::getReady).map(Boolean.FALSE::equals).orElse(false);
    return new ImporterOutcome(running ? State.RUNNING : State.SCHEDULED, restarts, null, null);
  }

  private record Failure(String reason, String message, boolean fatal) {}

  private static Failure failure(ContainerStateTerminated t) {
    String raw = t.getMessage();
    if (raw != null && !raw.isBlank()) {
      try {
        ImporterTerminationMessage m = JSON.readValue(raw.trim(), ImporterTerminationMessage.class);
        if (m.outcome() == ImportOutcome.Failed && m.reason() != null) {
          return new Failure(m.reason().name(), m.message(), FINAL.contains(m.reason()));
        }
      } catch (JsonProcessingException e) {
        return new Failure(
            "Error", "importer exited with code " + t.getExitCode() + ": " + raw.trim(), false);
      }
    }
    String reason = Optional.ofNullable(t.getReason()).orElse("Error");
    return new Failure(
        reason, "importer exited with code " + t.getExitCode() + " (" + reason + ")", false);
  }
}
