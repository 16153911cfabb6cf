package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How a VMI starts. */
public enum StartStrategy {
  /** Start the VMI with its vCPUs paused. */
  @JsonProperty("Paused")
  PAUSED("Paused");

  private final String value;

  StartStrategy(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<StartStrategy> fromValue(String value) {
    for (StartStrategy c : values()) {
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
