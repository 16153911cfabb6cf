package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Condition types of a DataVolume (Running and Ready are mutually exclusive). */
public enum DataVolumeConditionType {
  @JsonProperty("Bound")
  BOUND("Bound"),
  @JsonProperty("Running")
  RUNNING("Running"),
  @JsonProperty("Ready")
  READY("Ready");

  private final String value;

  DataVolumeConditionType(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<DataVolumeConditionType> fromValue(String value) {
    for (DataVolumeConditionType c : values()) {
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
