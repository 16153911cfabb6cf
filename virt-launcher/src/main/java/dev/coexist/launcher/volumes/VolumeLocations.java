package dev.coexist.launcher.volumes;

import java.nio.file.Path;

/**
 * Where the launcher finds the volumes provided from outside.
 *
 * @param workDir the launcher's private dir for overlays, empty disks and seeds ({@code
 *     <workDir>/disks/})
 * @param containerDisks the root of containerDisk images: a containerDisk volume {@code v} of image
 *     {@code i} is {@code <root>/<key>/disk.qcow2} (or the one file there, or {@code path}), where
 *     {@code key} is the volume name in a pod ({@link #byVolumeName}) or the image reference with
 *     {@code /} and {@code :} replaced by {@code _} standalone
 * @param pvcs the root of PVC mounts: {@code <root>/<key>/disk.img} (file system) or {@code
 *     <root>/<key>} (a block device), key = volume name or claim name ({@link #byVolumeName})
 * @param configs the root of mounted ConfigMaps/Secrets: {@code <root>/<volume name>/<files>}, or
 *     null when there are none (standalone)
 * @param byVolumeName true in a pod (the operator mounts each volume under its volume name); false
 *     standalone (images and claims are found by image reference and claim name)
 */
public record VolumeLocations(
    Path workDir, Path containerDisks, Path pvcs, Path configs, boolean byVolumeName) {

  /** The directory name of a containerDisk image, standalone. */
  public static String imageKey(String image) {
    return image.replace('/', '_').replace(':', '_').replace('@', '_');
  }
}
