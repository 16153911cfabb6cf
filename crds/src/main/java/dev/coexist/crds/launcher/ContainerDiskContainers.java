package dev.coexist.crds.launcher;

/**
 * How the launcher pod carries containerDisks, KubeVirt's way: each containerDisk volume gets a
 * container running the user's image, which only checks that its disk is there and then sleeps; the
 * pod shares one PID namespace, so the launcher finds that container's process by the marker in its
 * environment ({@link #MARKER_ENV}{@code =<volume>}) and uses the disk through {@code
 * /proc/<pid>/root/<path>} as the read-only backing file of the VM's overlay. The operator builds
 * the containers, the launcher reads them: these names are their contract.
 */
public final class ContainerDiskContainers {

  /** The environment variable marking a containerDisk container's process; value: the volume. */
  public static final String MARKER_ENV = "COEXIST_CONTAINER_DISK";

  /** Where a containerDisk image keeps its disk when {@code containerDisk.path} is not set. */
  public static final String IMAGE_DISK_DIR = "/disk";

  private ContainerDiskContainers() {}

  /** KubeVirt's name of the container of containerDisk volume {@code volume}. */
  public static String containerName(String volume) {
    return "volume" + volume;
  }
}
