package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The QEMU I/O mode of a disk. */
public enum DiskIo {
  @JsonProperty("native")
  NATIVE("native"),
  @JsonProperty("threads")
  THREADS("threads"),
  @JsonProperty("default")
  DEFAULT("default");

  private final String value;

  DiskIo(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<DiskIo> fromValue(String value) {
    for (DiskIo c : values()) {
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
