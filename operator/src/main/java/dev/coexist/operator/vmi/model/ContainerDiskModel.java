package dev.coexist.operator.vmi.model;

import dev.coexist.crds.kubevirt.v1.ContainerDiskSource;
import dev.coexist.crds.kubevirt.v1.PullPolicy;
import dev.coexist.crds.kubevirt.v1.Volume;
import dev.coexist.crds.launcher.ContainerDiskContainers;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The containers of a launcher pod's containerDisks, KubeVirt's way (see {@link
 * ContainerDiskContainers}): the init container {@code container-disk-binary} copies the launcher
 * image's static busybox into the emptyDir {@code virt-bin-share-dir}; per containerDisk volume a
 * container {@code volume<name>} runs the user's image with that binary (read-only), fails with a
 * message naming the volume when the image has no disk, and otherwise sleeps until the pod ends.
 * The launcher uses the disk in place through {@code /proc/<pid>/root}: nothing is copied.
 */
final class ContainerDiskModel {

  /** The emptyDir with the static binary, and where the containers mount it. */
  static final String BIN_VOLUME = "virt-bin-share-dir";

  static final String BIN_DIR = "/init/usr/bin";
  static final String BINARY = BIN_DIR + "/busybox";
  static final String BINARY_CONTAINER = "container-disk-binary";

  /** Where the launcher image (Debian's busybox-static) has its static busybox. */
  static final String LAUNCHER_BUSYBOX = "/bin/busybox";

  /** KubeVirt runs containerDisk containers as the qemu user (107), never as root. */
  static final long CONTAINER_DISK_UID = 107;

  /**
   * Run by {@code busybox sh -c} in the user's image ($1 volume, $2 containerDisk.path or empty, $3
   * the field): the disk must be there (KubeVirt's rule: {@code path}, else the single file in
   * /disk; regular files only, no dotfiles, as the launcher counts them), then sleep until SIGTERM
   * (the pause process is PID 1, so the default action ends it).
   */
  static final String CHECK_AND_SLEEP =
      String.join(
          "\n",
          "v=$1 p=$2 f=$3",
          "if [ -n \"$p\" ]; then",
          "  [ -f \"$p\" ] || { echo \"containerDisk volume $v: the image has no file $p ($f.path)\""
              + " >&2; exit 1; }",
          "else",
          "  [ -d /disk ] || { echo \"containerDisk volume $v: the image has no /disk directory"
              + " (a containerDisk image carries its disk at /disk/<file>, or set $f.path)\" >&2;"
              + " exit 1; }",
          "  n=0 files=",
          "  for x in /disk/*; do [ -f \"$x\" ] && { n=$((n+1)); files=\"$files $x\"; }; done",
          "  if [ $n -ne 1 ]; then",
          "    echo \"containerDisk volume $v: expected exactly one file in /disk of the image,"
              + " found $n:$files\" >&2; exit 1",
          "  fi",
          "fi",
          "exec " + BINARY + " sleep 2147483647");

  private ContainerDiskModel() {}

  /** The emptyDir holding the static binary. */
  static io.fabric8.kubernetes.api.model.Volume binVolume() {
    return new VolumeBuilder().withName(BIN_VOLUME).withNewEmptyDir().endEmptyDir().build();
  }

  /** The init container copying the static binary out of the launcher image. */
  static Container binaryCopier(LauncherPodConfig config) {
    return new ContainerBuilder()
        .withName(BINARY_CONTAINER)
        .withImage(config.launcherImage())
        .withImagePullPolicy(config.imagePullPolicy())
        .withCommand("/bin/cp", LAUNCHER_BUSYBOX, BINARY)
        .withResources(small())
        .withVolumeMounts(
            new VolumeMountBuilder().withName(BIN_VOLUME).withMountPath(BIN_DIR).build())
        .build();
  }

  /**
   * The container of containerDisk volume {@code vol} ({@code field} = its path in the VMI spec).
   *
   * @throws IllegalArgumentException naming the field when the image is missing or the volume name
   *     makes no valid container name
   */
  static Container container(Volume vol, String field) {
    ContainerDiskSource cd = vol.getContainerDisk();
    String image = cd.getImage();
    if (image == null || image.isBlank()) {
      throw new IllegalArgumentException(field + ".containerDisk.image: required");
    }
    String name = ContainerDiskContainers.containerName(vol.getName());
    if (name.length() > 63) {
      throw new IllegalArgumentException(
          field
              + ".name: too long for a containerDisk volume (its container "
              + name
              + " would exceed 63 characters)");
    }
    String policy =
        Optional.ofNullable(cd.getImagePullPolicy()).map(PullPolicy::value).orElse("IfNotPresent");
    String path = Optional.ofNullable(cd.getPath()).orElse("");
    return new ContainerBuilder()
        .withName(name)
        .withImage(image)
        .withImagePullPolicy(policy)
        .withCommand(
            BINARY,
            "sh",
            "-c",
            CHECK_AND_SLEEP,
            "container-disk",
            vol.getName(),
            path,
            field + ".containerDisk")
        .withEnv(new EnvVar(ContainerDiskContainers.MARKER_ENV, vol.getName(), null))
        .withResources(small())
        .withTerminationMessagePolicy("FallbackToLogsOnError")
        .withSecurityContext(
            new SecurityContextBuilder()
                .withRunAsUser(CONTAINER_DISK_UID)
                .withRunAsNonRoot(true)
                .withAllowPrivilegeEscalation(false)
                .withNewCapabilities()
                .withDrop("ALL")
                .endCapabilities()
                .build())
        .withVolumeMounts(
            new VolumeMountBuilder()
                .withName(BIN_VOLUME)
                .withMountPath(BIN_DIR)
                .withReadOnly(true)
                .build())
        .build();
  }

  /** The containerDisks' {@code imagePullSecret}s (once each, in volume order), as KubeVirt. */
  static List<LocalObjectReference> pullSecrets(List<Volume> volumes) {
    return volumes.stream()
        .map(Volume::getContainerDisk)
        .filter(Objects::nonNull)
        .map(ContainerDiskSource::getImagePullSecret)
        .filter(n -> n != null && !n.isBlank())
        .distinct()
        .map(LocalObjectReference::new)
        .toList();
  }

  private static ResourceRequirements small() {
    Map<String, Quantity> requests = new TreeMap<>();
    requests.put("cpu", new Quantity("10m"));
    requests.put("memory", new Quantity("16Mi"));
    return new ResourceRequirementsBuilder().withRequests(requests).build();
  }
}
