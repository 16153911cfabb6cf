package dev.coexist.launcher.volumes;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The processes of a launcher pod's containerDisk containers (the pod shares one PID namespace):
 * each is marked with {@code COEXIST_CONTAINER_DISK=<volume>} in its environment, and its root file
 * system is the user's containerDisk image.
 */
public interface ContainerDiskProcesses {

  /**
   * The root directory of the running process marked for {@code volume} (a path through which the
   * image's files are read, e.g. {@code /proc/<pid>/root}), or empty when none runs now.
   */
  Optional<Path> root(String volume);
}
