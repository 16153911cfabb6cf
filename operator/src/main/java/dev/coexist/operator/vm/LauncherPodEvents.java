package dev.coexist.operator.vm;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which launcher pod events can change a VM's status: of its launcher pod a VM shows only the
 * image-pull failures its containers wait on ({@link PrintableStatuses}); the VMI's own events
 * carry everything else. A starting pod changes a dozen times (scheduled, init container, compute
 * container, readiness), and each change reconciled every VM controller's VM for nothing.
 */
public final class LauncherPodEvents {
  /** Waiting reasons shown as {@code ErrImagePull}. */
  static final Set<String> ERR_IMAGE_PULL = Set.of("ErrImagePull", "ErrImageNeverPull");

  /** Waiting reasons shown as {@code ImagePullBackOff}. */
  static final Set<String> IMAGE_PULL_BACK_OFF = Set.of("ImagePullBackOff");

  private LauncherPodEvents() {}

  /** A new pod matters only when it already waits on an image pull. */
  public static boolean added(Pod pod) {
    return !pullFailures(pod).isEmpty();
  }

  /** An update matters when the pull failures its containers wait on changed. */
  public static boolean updated(Pod newPod, Pod oldPod) {
    return !pullFailures(newPod).equals(pullFailures(oldPod));
  }

  /** The image-pull waiting reasons of the pod's containers (init containers included). */
  static Set<String> pullFailures(Pod pod) {
    PodStatus s = pod.getStatus();
    if (s == null) {
      return Set.of();
    }
    return Stream.concat(
            Optional.ofNullable(s.getInitContainerStatuses()).stream().flatMap(l -> l.stream()),
            Optional.ofNullable(s.getContainerStatuses()).stream().flatMap(l -> l.stream()))
        .map(ContainerStatus::getState)
        .filter(st -> st != null && st.getWaiting() != null)
        .map(st -> st.getWaiting().getReason())
        .filter(r -> r != null)
        .filter(r -> ERR_IMAGE_PULL.contains(r) || IMAGE_PULL_BACK_OFF.contains(r))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
