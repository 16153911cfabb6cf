package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Condition types of the KubeVirt CR. */
public enum KubeVirtConditionType {
  @JsonProperty("Available")
  AVAILABLE("Available"),
  @JsonProperty("Progressing")
  PROGRESSING("Progressing"),
  @JsonProperty("Degraded")
  DEGRADED("Degraded"),
  @JsonProperty("Created")
  CREATED("Created"),
  @JsonProperty("Synchronized")
  SYNCHRONIZED("Synchronized");

  private final String value;

  KubeVirtConditionType(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<KubeVirtConditionType> fromValue(String value) {
    for (KubeVirtConditionType c : values()) {
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
