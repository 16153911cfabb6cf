package dev.coexist.operator.vmi;

import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.launcher.ContainerDiskContainers;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a launcher pod that is still running can no longer run its VMI: its containerDisk
 * containers keep the pod's phase {@code Running} after the {@code compute} container ended, and a
 * containerDisk container whose image has no disk fails while the launcher still waits for it.
 * Pure.
 */
final class LauncherContainers {

  private LauncherContainers() {}

  /**
   * Why the pod cannot run its VMI, if a container of it ended: the {@code compute} container ended
   * (any exit), or a containerDisk container failed (non-zero exit; the message names the
   * container, the volume and the container's termination message).
   */
  static Optional<String> failure(Pod pod) {
    if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
      return Optional.empty();
    }
    Map<String, String> diskVolumes = containerDiskVolumes(pod);
    for (ContainerStatus cs : pod.getStatus().getContainerStatuses()) {
      Optional<ContainerStateTerminated> t = terminated(cs);
      if (t.isEmpty()) {
        continue;
      }
      int code = Optional.ofNullable(t.get().getExitCode()).orElse(0);
      if (KubevirtNames.LAUNCHER_COMPUTE_CONTAINER.equals(cs.getName())) {
        return Optional.of(
            "the launcher container compute ended (exit code " + code + reason(t.get()) + ")");
      }
      String volume = diskVolumes.get(cs.getName());
      if (volume != null && code != 0) {
        return Optional.of(
            "containerDisk container "
                + cs.getName()
                + " of volume "
                + volume
                + " failed (exit code "
                + code
                + reason(t.get())
                + ")"
                + message(t.get()));
      }
    }
    return Optional.empty();
  }

  /** Container name → volume, for the containers marked as containerDisk containers. */
  private static Map<String, String> containerDiskVolumes(Pod pod) {
    List<Container> containers =
        pod.getSpec() == null || pod.getSpec().getContainers() == null
            ? List.of()
            : pod.getSpec().getContainers();
    return containers.stream()
        .filter(c -> marker(c).isPresent())
        .collect(Collectors.toMap(Container::getName, c -> marker(c).orElseThrow(), (a, b) -> a));
  }

  private static Optional<String> marker(Container c) {
    return Optional.ofNullable(c.getEnv()).orElse(List.of()).stream()
        .filter(e -> ContainerDiskContainers.MARKER_ENV.equals(e.getName()))
        .map(EnvVar::getValue)
        .findFirst();
  }

  private static Optional<ContainerStateTerminated> terminated(ContainerStatus cs) {
    return Optional.ofNullable(cs.getState()).map(s -> s.getTerminated());
  }

  private static String reason(ContainerStateTerminated t) {
    return Optional.ofNullable(t.getReason())
        .filter(r -> !r.isBlank())
        .map(r -> ", " + r)
        .orElse("");
  }

  private static String message(ContainerStateTerminated t) {
    return Optional.ofNullable(t.getMessage())
        .map(String::strip)
        .filter(m -> !m.isBlank())
        .map(m -> ": " + m)
        .orElse("");
  }
}
