package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The lifecycle phase of a VirtualMachineInstance (status.phase). */
public enum VirtualMachineInstancePhase {
  /** The VMI was just created; nothing happened yet. */
  @JsonProperty("")
  UNSET(""),
  /** The VMI is waiting for its launcher pod. */
  @JsonProperty("Pending")
  PENDING("Pending"),
  /** The launcher pod is being scheduled. */
  @JsonProperty("Scheduling")
  SCHEDULING("Scheduling"),
  /** The launcher pod runs on a node; the domain is being started. */
  @JsonProperty("Scheduled")
  SCHEDULED("Scheduled"),
  /** The guest is running. */
  @JsonProperty("Running")
  RUNNING("Running"),
  /** The guest shut down on its own. */
  @JsonProperty("Succeeded")
  SUCCEEDED("Succeeded"),
  /** The VMI failed (or was stopped and the domain crashed). */
  @JsonProperty("Failed")
  FAILED("Failed"),
  /** The VMI waits for a cross-cluster migration to sync. */
  @JsonProperty("WaitingForSync")
  WAITING_FOR_SYNC("WaitingForSync"),
  /** The VMI's state cannot be determined (its node is unreachable). */
  @JsonProperty("Unknown")
  UNKNOWN("Unknown");

  private final String value;

  VirtualMachineInstancePhase(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<VirtualMachineInstancePhase> fromValue(String value) {
    for (VirtualMachineInstancePhase c : values()) {
      if (c.value.equals(value)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
