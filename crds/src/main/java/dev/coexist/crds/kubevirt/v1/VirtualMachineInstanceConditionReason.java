package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Reasons of VirtualMachineInstance conditions. */
public enum VirtualMachineInstanceConditionReason {
  /** Ready=False: the domain is not running. */
  @JsonProperty("GuestNotRunning")
  GUEST_NOT_RUNNING("GuestNotRunning"),
  /** Ready=False: the launcher pod is terminating. */
  @JsonProperty("PodTerminating")
  POD_TERMINATING("PodTerminating"),
  /** Ready=False: the launcher pod is gone. */
  @JsonProperty("PodNotExists")
  POD_NOT_EXISTS("PodNotExists"),
  /** Ready=False: the launcher pod has no Ready condition. */
  @JsonProperty("PodConditionMissing")
  POD_CONDITION_MISSING("PodConditionMissing"),
  /** Paused=True: paused through the pause subresource. */
  @JsonProperty("PausedByUser")
  PAUSED_BY_USER("PausedByUser"),
  /** Paused=True: paused by the hypervisor after an I/O error. */
  @JsonProperty("PausedIOError")
  PAUSED_IOERROR("PausedIOError"),
  /** Paused=True: started paused (startStrategy Paused). */
  @JsonProperty("PausedStartStrategy")
  PAUSED_START_STRATEGY("PausedStartStrategy"),
  /** LiveMigratable=False: a disk prevents live migration. */
  @JsonProperty("DisksNotLiveMigratable")
  DISKS_NOT_LIVE_MIGRATABLE("DisksNotLiveMigratable"),
  /** LiveMigratable=False: an interface prevents live migration. */
  @JsonProperty("InterfaceNotLiveMigratable")
  INTERFACE_NOT_LIVE_MIGRATABLE("InterfaceNotLiveMigratable"),
  /** Synchronized=False: the launcher pod could not be created. */
  @JsonProperty("FailedCreate")
  FAILED_CREATE("FailedCreate"),
  /** Synchronized=False: a PVC does not exist. */
  @JsonProperty("FailedPvcNotFound")
  FAILED_PVC_NOT_FOUND("FailedPvcNotFound"),
  /** PodScheduled=False: the launcher pod cannot be scheduled. */
  @JsonProperty("FailedUnschedulable")
  FAILED_UNSCHEDULABLE("FailedUnschedulable"),
  /** coexist: the spec cannot be honoured; the message names the field path. */
  @JsonProperty("InvalidSpec")
  INVALID_SPEC("InvalidSpec");

  private final String value;

  VirtualMachineInstanceConditionReason(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<VirtualMachineInstanceConditionReason> fromValue(String value) {
    for (VirtualMachineInstanceConditionReason c : values()) {
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
