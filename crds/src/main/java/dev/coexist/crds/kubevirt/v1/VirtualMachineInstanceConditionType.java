package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Condition types of a VirtualMachineInstance. */
public enum VirtualMachineInstanceConditionType {
  @JsonProperty("Provisioning")
  PROVISIONING("Provisioning"),
  @JsonProperty("Ready")
  READY("Ready"),
  @JsonProperty("Synchronized")
  SYNCHRONIZED("Synchronized"),
  @JsonProperty("Paused")
  PAUSED("Paused"),
  @JsonProperty("AgentConnected")
  AGENT_CONNECTED("AgentConnected"),
  @JsonProperty("AccessCredentialsSynchronized")
  ACCESS_CREDENTIALS_SYNCHRONIZED("AccessCredentialsSynchronized"),
  @JsonProperty("AgentVersionNotSupported")
  AGENT_VERSION_NOT_SUPPORTED("AgentVersionNotSupported"),
  @JsonProperty("LiveMigratable")
  LIVE_MIGRATABLE("LiveMigratable"),
  @JsonProperty("HotVCPUChange")
  HOT_VCPUCHANGE("HotVCPUChange"),
  @JsonProperty("HotMemoryChange")
  HOT_MEMORY_CHANGE("HotMemoryChange"),
  @JsonProperty("VolumesChange")
  VOLUMES_CHANGE("VolumesChange"),
  @JsonProperty("DataVolumesReady")
  DATA_VOLUMES_READY("DataVolumesReady"),
  @JsonProperty("StorageLiveMigratable")
  STORAGE_LIVE_MIGRATABLE("StorageLiveMigratable"),
  @JsonProperty("MigrationRequired")
  MIGRATION_REQUIRED("MigrationRequired"),
  @JsonProperty("EvictionRequested")
  EVICTION_REQUESTED("EvictionRequested"),
  @JsonProperty("SoftwareEmulation")
  SOFTWARE_EMULATION("SoftwareEmulation"),
  @JsonProperty("PodScheduled")
  POD_SCHEDULED("PodScheduled"),
  @JsonProperty("Failure")
  FAILURE("Failure");

  private final String value;

  VirtualMachineInstanceConditionType(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<VirtualMachineInstanceConditionType> fromValue(String value) {
    for (VirtualMachineInstanceConditionType c : values()) {
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
