package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Condition types of a VirtualMachine. */
public enum VirtualMachineConditionType {
  @JsonProperty("Ready")
  READY("Ready"),
  @JsonProperty("Failure")
  FAILURE("Failure"),
  @JsonProperty("Paused")
  PAUSED("Paused"),
  @JsonProperty("RestartRequired")
  RESTART_REQUIRED("RestartRequired"),
  @JsonProperty("ManualRecoveryRequired")
  MANUAL_RECOVERY_REQUIRED("ManualRecoveryRequired"),
  @JsonProperty("Initialized")
  INITIALIZED("Initialized"),
  @JsonProperty("DataVolumesReady")
  DATA_VOLUMES_READY("DataVolumesReady"),
  @JsonProperty("LiveMigratable")
  LIVE_MIGRATABLE("LiveMigratable"),
  @JsonProperty("StorageLiveMigratable")
  STORAGE_LIVE_MIGRATABLE("StorageLiveMigratable"),
  @JsonProperty("AgentConnected")
  AGENT_CONNECTED("AgentConnected");

  private final String value;

  VirtualMachineConditionType(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<VirtualMachineConditionType> fromValue(String value) {
    for (VirtualMachineConditionType c : values()) {
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
