package dev.coexist.launcher.volumes;

/** A volume of the VMI cannot be used; {@link #getMessage()} starts with the field path. */
public class InvalidVolumeException extends RuntimeException {
  private final String field;

  public InvalidVolumeException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /** The field path, e.g. {@code spec.volumes[1].containerDisk.image}. */
  public String field() {
    return field;
  }
}
