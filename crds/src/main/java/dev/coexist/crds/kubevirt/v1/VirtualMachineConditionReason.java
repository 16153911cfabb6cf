package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Reasons of VirtualMachine conditions. */
public enum VirtualMachineConditionReason {
  /** Ready=False: no VMI exists. */
  @JsonProperty("VMINotExists")
  VMINOT_EXISTS("VMINotExists"),
  /** Ready=False: the VMI has no Ready condition. */
  @JsonProperty("VMIConditionMissing")
  VMICONDITION_MISSING("VMIConditionMissing"),
  /** Failure=True: the VMI could not be created. */
  @JsonProperty("FailedCreate")
  FAILED_CREATE("FailedCreate"),
  /** Failure=True: the VMI could not be deleted. */
  @JsonProperty("FailedDelete")
  FAILED_DELETE("FailedDelete"),
  /** Failure=True: the VMI keeps failing to start. */
  @JsonProperty("CrashLoopBackOff")
  CRASH_LOOP_BACK_OFF("CrashLoopBackOff"),
  /** Failure=True: a DataVolume could not be created. */
  @JsonProperty("FailedDataVolumeCreate")
  FAILED_DATA_VOLUME_CREATE("FailedDataVolumeCreate"),
  /** coexist: the spec cannot be honoured; the message names the field path. */
  @JsonProperty("InvalidSpec")
  INVALID_SPEC("InvalidSpec");

  private final String value;

  VirtualMachineConditionReason(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<VirtualMachineConditionReason> fromValue(String value) {
    for (VirtualMachineConditionReason c : values()) {
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
