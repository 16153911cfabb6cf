package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The host page-cache mode of a disk. */
public enum DiskCache {
  @JsonProperty("none")
  NONE("none"),
  @JsonProperty("writethrough")
  WRITETHROUGH("writethrough"),
  @JsonProperty("writeback")
  WRITEBACK("writeback");

  private final String value;

  DiskCache(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<DiskCache> fromValue(String value) {
    for (DiskCache c : values()) {
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
