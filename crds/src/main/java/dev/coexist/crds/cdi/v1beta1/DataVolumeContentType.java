package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What the imported data is. */
public enum DataVolumeContentType {
  /** A disk image, converted to raw disk.img and resized. */
  @JsonProperty("kubevirt")
  KUBEVIRT("kubevirt"),
  /** A tar archive, extracted into the volume (Filesystem mode only). */
  @JsonProperty("archive")
  ARCHIVE("archive");

  private final String value;

  DataVolumeContentType(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<DataVolumeContentType> fromValue(String value) {
    for (DataVolumeContentType c : values()) {
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
