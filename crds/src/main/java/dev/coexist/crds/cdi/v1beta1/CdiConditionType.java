package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Condition types of the CDI CR. */
public enum CdiConditionType {
  @JsonProperty("Available")
  AVAILABLE("Available"),
  @JsonProperty("Progressing")
  PROGRESSING("Progressing"),
  @JsonProperty("Degraded")
  DEGRADED("Degraded");

  private final String value;

  CdiConditionType(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<CdiConditionType> fromValue(String value) {
    for (CdiConditionType c : values()) {
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
