package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The bus a disk, LUN or CD-ROM is attached to. */
public enum DiskBus {
  @JsonProperty("virtio")
  VIRTIO("virtio"),
  @JsonProperty("sata")
  SATA("sata"),
  @JsonProperty("scsi")
  SCSI("scsi"),
  @JsonProperty("usb")
  USB("usb");

  private final String value;

  DiskBus(String value) {
    this.value = value;
  }

  /** The value as written in the API. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Finds the constant for an API value; empty if it is not known. */
  public static Optional<DiskBus> fromValue(String value) {
    for (DiskBus c : values()) {
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
