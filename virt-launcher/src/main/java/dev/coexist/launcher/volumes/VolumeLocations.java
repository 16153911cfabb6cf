package dev.coexist.launcher.volumes;

import java.nio.file.Path;

/**
 * Where the launcher finds the volumes provided from outside (containerDisks: a {@link
 * ContainerDiskLocator}).
 *
 * @param workDir the launcher's private dir for overlays, empty disks and seeds ({@code
 *     <workDir>/disks/})
 * @param pvcs the root of PVC mounts: {@code <root>/<key>/disk.img} (file system) or {@code
 *     <root>/<key>} (a block device), key = volume name or claim name ({@link #byVolumeName})
 * @param configs the root of mounted ConfigMaps/Secrets: {@code <root>/<volume name>/<files>}, or
 *     null when there are none (standalone)
 * @param byVolumeName true in a pod (the operator mounts each volume under its volume name); false
 *     standalone (images and claims are found by image reference and claim name)
 */
public record VolumeLocations(Path workDir, Path pvcs, Path configs, boolean byVolumeName) {

  /** The directory name of a containerDisk image, standalone. */
  public static String imageKey(String image) {
    return image.replace('/', '_').replace(':', '_').replace('@', '_');
  }
}
