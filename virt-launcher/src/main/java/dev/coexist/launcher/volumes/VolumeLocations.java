package dev.coexist.launcher.volumes;

import java.nio.file.Path;

/**
 * Where the launcher finds the volumes provided from outside.
 *
 * @param workDir the launcher's private dir for overlays, empty disks and seeds ({@code
 *     <workDir>/disks/})
 * @param containerDisks the local cache of containerDisk images of a standalone run ({@link
 *     CachedContainerDisks}), or null in a pod (the disks stay in the pod's containerDisk
 *     containers: {@link PodContainerDisks})
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
