package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How I/O threads are allocated to disks. */
public enum IoThreadsPolicy {
  @JsonProperty("shared")
  SHARED("shared"),
  @JsonProperty("auto")
  AUTO("auto"),
  @JsonProperty("supplementalPool")
  SUPPLEMENTAL_POOL("supplementalPool");

  private final String value;

  IoThreadsPolicy(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<IoThreadsPolicy> fromValue(String value) {
    for (IoThreadsPolicy c : values()) {
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
