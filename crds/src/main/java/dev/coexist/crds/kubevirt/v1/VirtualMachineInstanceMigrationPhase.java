package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The phase of a live migration (VirtualMachineInstanceMigration status.phase). */
public enum VirtualMachineInstanceMigrationPhase {
  @JsonProperty("")
  UNSET(""),
  @JsonProperty("Pending")
  PENDING("Pending"),
  @JsonProperty("Scheduling")
  SCHEDULING("Scheduling"),
  @JsonProperty("Scheduled")
  SCHEDULED("Scheduled"),
  @JsonProperty("PreparingTarget")
  PREPARING_TARGET("PreparingTarget"),
  @JsonProperty("TargetReady")
  TARGET_READY("TargetReady"),
  @JsonProperty("Running")
  RUNNING("Running"),
  @JsonProperty("Succeeded")
  SUCCEEDED("Succeeded"),
  @JsonProperty("Failed")
  FAILED("Failed"),
  @JsonProperty("WaitingForSync")
  WAITING_FOR_SYNC("WaitingForSync"),
  @JsonProperty("Synchronizing")
  SYNCHRONIZING("Synchronizing");

  private final String value;

  VirtualMachineInstanceMigrationPhase(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<VirtualMachineInstanceMigrationPhase> fromValue(String value) {
    for (VirtualMachineInstanceMigrationPhase c : values()) {
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
