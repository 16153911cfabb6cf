package dev.coexist.launcher.volumes;

import dev.coexist.crds.kubevirt.v1.Volume;
import dev.coexist.crds.launcher.ContainerDiskContainers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * containerDisks in a launcher pod, KubeVirt's way: the disk stays in the user's image, in the
 * pod's containerDisk container ({@link ContainerDiskContainers}), and is used in place through
 * that container's process root ({@code /proc/<pid>/root/<path>}), read-only, as the backing file
 * of the VM's overlay. The file is {@code containerDisk.path} if set (a path in the image), else
 * the single file under {@code /disk}. The container may start after the launcher (the kubelet
 * starts the pod's containers one after another and may still pull its image): it is waited for, up
 * to a bound, by polling (/proc has no change notification).
 */
public final class PodContainerDisks implements ContainerDiskLocator {
  private static final Logger LOG = LoggerFactory.getLogger(PodContainerDisks.class);
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final ContainerDiskProcesses processes;
  private final Duration wait;

  /** Finds containerDisk containers through {@code processes}, waiting up to {@code wait}. */
  public PodContainerDisks(ContainerDiskProcesses processes, Duration wait) {
    this.processes = processes;
    this.wait = wait;
  }

  @Override
  public Path locate(Volume v, String field) {
    String image = VolumeResolver.image(v, field);
    Path root = awaitRoot(v.getName());
    String path = v.getContainerDisk().getPath();
    Path disk;
    if (path != null && !path.isBlank()) {
      disk = root.resolve(path.replaceFirst("^/+", ""));
      if (!Files.isRegularFile(disk)) {
        throw new InvalidVolumeException(
            field + ".path", "image " + image + " has no file " + path);
      }
    } else {
      String dir = ContainerDiskContainers.IMAGE_DISK_DIR;
      List<Path> files = VolumeResolver.listFiles(root.resolve(dir.substring(1)));
      if (files.size() != 1) {
        throw new InvalidVolumeException(
            field + ".image",
            "image "
                + image
                + ": expected exactly one file in "
                + dir
                + ", found "
                + files.size()
                + " (or set "
                + field
                + ".path)");
      }
      disk = files.get(0);
    }
    LOG.info(
        "containerDisk volume {}: disk {} of image {} used in place", v.getName(), disk, image);
    return disk;
  }

  private Path awaitRoot(String volume) {
    long deadline = System.nanoTime() + wait.toNanos();
    Optional<Path> root = processes.root(volume);
    if (root.isEmpty()) {
      LOG.info(
          "containerDisk volume {}: waiting up to {} s for container {}",
          volume,
          wait.toSeconds(),
          ContainerDiskContainers.containerName(volume));
    }
    while (root.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            "containerDisk volume "
                + volume
                + ": its container "
                + ContainerDiskContainers.containerName(volume)
                + " is not running after "
                + wait.toSeconds()
                + " s (its image is still pulling, or it failed: see the pod's container status)");
      }
      LockSupport.parkNanos(Math.min(left, POLL_NANOS));
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException(
            "containerDisk volume " + volume + ": interrupted waiting for its container");
      }
      root = processes.root(volume);
    }
    return root.get();
  }
}
