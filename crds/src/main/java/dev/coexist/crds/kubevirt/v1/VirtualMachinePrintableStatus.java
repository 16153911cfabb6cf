package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The human-readable VM state shown by kubectl (status.printableStatus). */
public enum VirtualMachinePrintableStatus {
  @JsonProperty("Stopped")
  STOPPED("Stopped"),
  @JsonProperty("Provisioning")
  PROVISIONING("Provisioning"),
  @JsonProperty("Starting")
  STARTING("Starting"),
  @JsonProperty("Running")
  RUNNING("Running"),
  @JsonProperty("Paused")
  PAUSED("Paused"),
  @JsonProperty("Stopping")
  STOPPING("Stopping"),
  @JsonProperty("Terminating")
  TERMINATING("Terminating"),
  @JsonProperty("CrashLoopBackOff")
  CRASH_LOOP_BACK_OFF("CrashLoopBackOff"),
  @JsonProperty("Migrating")
  MIGRATING("Migrating"),
  @JsonProperty("Unknown")
  UNKNOWN("Unknown"),
  @JsonProperty("ErrorUnschedulable")
  ERROR_UNSCHEDULABLE("ErrorUnschedulable"),
  @JsonProperty("ErrImagePull")
  ERR_IMAGE_PULL("ErrImagePull"),
  @JsonProperty("ImagePullBackOff")
  IMAGE_PULL_BACK_OFF("ImagePullBackOff"),
  @JsonProperty("ErrorPvcNotFound")
  ERROR_PVC_NOT_FOUND("ErrorPvcNotFound"),
  @JsonProperty("DataVolumeError")
  DATA_VOLUME_ERROR("DataVolumeError"),
  @JsonProperty("WaitingForVolumeBinding")
  WAITING_FOR_VOLUME_BINDING("WaitingForVolumeBinding"),
  @JsonProperty("WaitingForReceiver")
  WAITING_FOR_RECEIVER("WaitingForReceiver");

  private final String value;

  VirtualMachinePrintableStatus(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<VirtualMachinePrintableStatus> fromValue(String value) {
    for (VirtualMachinePrintableStatus c : values()) {
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
