package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Condition types of a VirtualMachineInstanceMigration. */
public enum VirtualMachineInstanceMigrationConditionType {
  @JsonProperty("MigrationAbortRequested")
  MIGRATION_ABORT_REQUESTED("MigrationAbortRequested"),
  @JsonProperty("MigrationRejectedByResourceQuota")
  MIGRATION_REJECTED_BY_RESOURCE_QUOTA("MigrationRejectedByResourceQuota"),
  @JsonProperty("MigrationBackoff")
  MIGRATION_BACKOFF("MigrationBackoff"),
  @JsonProperty("MigrationSucceeded")
  MIGRATION_SUCCEEDED("MigrationSucceeded");

  private final String value;

  VirtualMachineInstanceMigrationConditionType(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<VirtualMachineInstanceMigrationConditionType> fromValue(String value) {
    for (VirtualMachineInstanceMigrationConditionType c : values()) {
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
