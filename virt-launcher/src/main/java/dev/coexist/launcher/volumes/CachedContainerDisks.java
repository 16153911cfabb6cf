package dev.coexist.launcher.volumes;

import dev.coexist.crds.kubevirt.v1.Volume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * containerDisks of a standalone {@code run}: image {@code i} is the directory {@code
 * <root>/<imageKey(i)>/} of the local cache ({@code make guest-image} registers the test guest),
 * holding {@code disk.qcow2}, or a single file, or {@code containerDisk.path} (relative to the
 * image's {@code /disk}).
 */
public final class CachedContainerDisks implements ContainerDiskLocator {
  private final Path root;

  /** Images under {@code root} (e.g. {@code ${COEXIST_CACHE}/containerdisks}). */
  public CachedContainerDisks(Path root) {
    this.root = root;
  }

  @Override
  public Path locate(Volume v, String field) {
    String image = VolumeResolver.image(v, field);
    Path dir = root.resolve(VolumeLocations.imageKey(image));
    String path = v.getContainerDisk().getPath();
    if (path != null && !path.isBlank()) {
      Path p = dir.resolve(path.replaceFirst("^/+", "").replaceFirst("^disk/", ""));
      if (!Files.isRegularFile(p)) {
        throw new InvalidVolumeException(field + ".path", "no file " + p + " in image " + image);
      }
      return p;
    }
    if (Files.isRegularFile(dir.resolve("disk.qcow2"))) {
      return dir.resolve("disk.qcow2");
    }
    List<Path> files = VolumeResolver.listFiles(dir);
    if (files.size() != 1) {
      throw new InvalidVolumeException(
          field + ".image",
          "image "
              + image
              + " not found: expected one disk file in "
              + dir
              + " (for the test guest run 'make guest-image')");
    }
    return files.get(0);
  }
}
