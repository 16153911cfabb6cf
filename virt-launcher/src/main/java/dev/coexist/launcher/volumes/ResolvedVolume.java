package dev.coexist.launcher.volumes;

import java.nio.file.Path;

/**
 * A VMI volume as a disk image the domain attaches.
 *
 * @param name the VMI volume name
 * @param path the image file, or the block device
 * @param format {@code qcow2} or {@code raw}
 * @param block whether {@code path} is a block device
 * @param readOnly whether the volume must be attached read-only (seeds, configMaps, secrets)
 */
public record ResolvedVolume(
    String name, Path path, String format, boolean block, boolean readOnly) {}
