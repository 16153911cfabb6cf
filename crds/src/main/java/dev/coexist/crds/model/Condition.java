package dev.coexist.crds.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/**
 * A status condition in the standard Kubernetes shape, plus the probe and heartbeat times KubeVirt
 * and CDI conditions carry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Condition extends ExtensibleObject {

  /** Status value True. */
  public static final String TRUE = "True";

  /** Status value False. */
  public static final String FALSE = "False";

  /** Status value Unknown. */
  public static final String UNKNOWN = "Unknown";

  @JsonPropertyDescription("The condition type, e.g. Ready.")
  @Required
  private String type;

  @JsonPropertyDescription("True, False or Unknown.")
  @Required
  private String status;

  @JsonPropertyDescription("A CamelCase reason for the last transition.")
  private String reason;

  @JsonPropertyDescription("A human-readable message about the last transition.")
  private String message;

  @JsonPropertyDescription("When the status last changed (RFC 3339).")
  private String lastTransitionTime;

  @JsonPropertyDescription("When the condition was last probed (RFC 3339).")
  private String lastProbeTime;

  @JsonPropertyDescription("When the condition was last updated (RFC 3339).")
  private String lastHeartbeatTime;

  @JsonPropertyDescription("The metadata.generation the condition was computed from.")
  private Long observedGeneration;

  /** An empty condition, for Jackson. */
  public Condition() {}

  /** A condition with the given type, status, reason and message. */
  public Condition(String type, String status, String reason, String message) {
    this.type = type;
    this.status = status;
    this.reason = reason;
    this.message = message;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(String lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  public String getLastProbeTime() {
    return lastProbeTime;
  }

  public void setLastProbeTime(String lastProbeTime) {
    this.lastProbeTime = lastProbeTime;
  }

  public String getLastHeartbeatTime() {
    return lastHeartbeatTime;
  }

  public void setLastHeartbeatTime(String lastHeartbeatTime) {
    this.lastHeartbeatTime = lastHeartbeatTime;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  /** Whether the status is True. */
  @JsonIgnore
  public boolean isTrue() {
    return TRUE.equals(status);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Condition that = (Condition) o;
    return Objects.equals(type, that.type)
        && Objects.equals(status, that.status)
        && Objects.equals(reason, that.reason)
        && Objects.equals(message, that.message)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(lastProbeTime, that.lastProbeTime)
        && Objects.equals(lastHeartbeatTime, that.lastHeartbeatTime)
        && Objects.equals(observedGeneration, that.observedGeneration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        type,
        status,
        reason,
        message,
        lastTransitionTime,
        lastProbeTime,
        lastHeartbeatTime,
        observedGeneration);
  }
}
