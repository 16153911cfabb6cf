package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Reasons of DataVolume conditions. */
public enum DataVolumeConditionReason {
  /** The PVC or the worker is pending. */
  @JsonProperty("Pending")
  PENDING("Pending"),
  /** The PVC is bound. */
  @JsonProperty("Bound")
  BOUND("Bound"),
  /** The PVC is not bound yet. */
  @JsonProperty("ClaimPending")
  CLAIM_PENDING("ClaimPending"),
  /** The PVC lost its volume. */
  @JsonProperty("ClaimLost")
  CLAIM_LOST("ClaimLost"),
  /** The PVC does not exist. */
  @JsonProperty("NotFound")
  NOT_FOUND("NotFound"),
  /** The import, upload or clone is running. */
  @JsonProperty("TransferRunning")
  TRANSFER_RUNNING("TransferRunning"),
  /** The data is in place. */
  @JsonProperty("Completed")
  COMPLETED("Completed"),
  /** The import failed. */
  @JsonProperty("ImportFailed")
  IMPORT_FAILED("ImportFailed"),
  /** A worker error; the message tells more. */
  @JsonProperty("Error")
  ERROR("Error"),
  /** coexist: the spec cannot be honoured; the message names the field path. */
  @JsonProperty("InvalidSpec")
  INVALID_SPEC("InvalidSpec");

  private final String value;

  DataVolumeConditionReason(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<DataVolumeConditionReason> fromValue(String value) {
    for (DataVolumeConditionReason c : values()) {
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
