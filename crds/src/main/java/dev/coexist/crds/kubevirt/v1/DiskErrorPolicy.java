package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What the hypervisor does on a disk I/O error. */
public enum DiskErrorPolicy {
  @JsonProperty("stop")
  STOP("stop"),
  @JsonProperty("ignore")
  IGNORE("ignore"),
  @JsonProperty("report")
  REPORT("report"),
  @JsonProperty("enospace")
  ENOSPACE("enospace");

  private final String value;

  DiskErrorPolicy(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<DiskErrorPolicy> fromValue(String value) {
    for (DiskErrorPolicy c : values()) {
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
