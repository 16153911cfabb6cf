package dev.coexist.launcher.convert;

import java.util.List;
import java.util.Objects;

/**
 * A VMI volume as the launcher prepared it on the host: the image QEMU opens for the disk of the
 * same name (a containerDisk overlay, an emptyDisk image, a cloud-init seed, a PVC's disk.img or
 * block device, ...).
 *
 * @param path absolute path of the image file or block device
 * @param format QEMU image format: {@code raw} or {@code qcow2}
 * @param block true for a block device, false for a file
 * @param readOnly true when the guest must not write to it (read-only PVC, configMap, secret)
 */
public record ResolvedVolume(String path, String format, boolean block, boolean readOnly) {
  /** The image formats the converter accepts. */
  public static final List<String> FORMATS = List.of("raw", "qcow2");

  public ResolvedVolume {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("volume path must be absolute: " + path);
    }
    if (!FORMATS.contains(format)) {
      throw new IllegalArgumentException("volume format must be one of " + FORMATS + ": " + format);
    }
  }

  /** A writable image file. */
  public static ResolvedVolume file(String path, String format) {
    return new ResolvedVolume(path, format, false, false);
  }

  /** A writable raw block device. */
  public static ResolvedVolume blockDevice(String path) {
    return new ResolvedVolume(path, "raw", true, false);
  }

  /** The same volume, read-only. */
  public ResolvedVolume asReadOnly() {
    return new ResolvedVolume(path, format, block, true);
  }
}
