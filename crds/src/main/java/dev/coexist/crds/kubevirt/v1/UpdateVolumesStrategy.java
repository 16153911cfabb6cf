package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How volume changes of a running VM are applied. */
public enum UpdateVolumesStrategy {
  @JsonProperty("Replacement")
  REPLACEMENT("Replacement"),
  @JsonProperty("Migration")
  MIGRATION("Migration");

  private final String value;

  UpdateVolumesStrategy(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<UpdateVolumesStrategy> fromValue(String value) {
    for (UpdateVolumesStrategy c : values()) {
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
