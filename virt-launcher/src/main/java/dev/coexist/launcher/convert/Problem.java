package dev.coexist.launcher.convert;

/**
 * One reason a VMI cannot be converted, naming the field it is about.
 *
 * @param kind what sort of problem it is
 * @param field the field path in the VMI, e.g. {@code spec.domain.devices.disks[0].disk.bus}
 * @param message what is wrong, e.g. {@code unsupported value "floppy"}
 */
public record Problem(Kind kind, String field, String message) {

  /** What sort of problem it is; the handler maps it to a condition reason. */
  public enum Kind {
    /** A valid KubeVirt field or value coexist does not implement. */
    UNSUPPORTED,
    /** The VMI is wrong in itself (missing reference, negative size, ...). */
    INVALID,
    /** The launcher did not supply a host fact the VMI needs (a resolved volume, a bridge). */
    UNRESOLVED
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
