package dev.coexist.operator.vmi;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the VMI controller reads of a launcher pod ({@link VmiPlanner}, the choice of the newest
 * pod): a pod update that changes none of it (containers starting, readiness conditions) needs no
 * reconcile of its VMI. A starting pod changes a dozen times; the VMI follows only its binding, its
 * phase, a container that ended ({@link LauncherContainers}) and its end.
 *
 * @param podScheduled the {@code PodScheduled} condition as status, reason and message, if any
 * @param containerFailure why a container's end keeps the pod from running its VMI, if one did
 */
public record LauncherPodFacts(
    String uid,
    String creationTimestamp,
    String deletionTimestamp,
    String nodeName,
    String phase,
    String qosClass,
    String message,
    Optional<List<String>> podScheduled,
    Optional<String> containerFailure) {

  /** The facts of this pod. */
  public static LauncherPodFacts of(Pod pod) {
    var m = pod.getMetadata();
    var s = Optional.ofNullable(pod.getStatus());
    return new LauncherPodFacts(
        m.getUid(),
        m.getCreationTimestamp(),
        m.getDeletionTimestamp(),
        pod.getSpec() == null ? null : pod.getSpec().getNodeName(),
        s.map(x -> x.getPhase()).orElse(null),
        s.map(x -> x.getQosClass()).orElse(null),
        s.map(x -> x.getMessage()).orElse(null),
        s.map(x -> x.getConditions()).orElse(List.of()).stream()
            .filter(c -> "PodScheduled".equals(c.getType()))
            .findFirst()
            .map(LauncherPodFacts::condition),
        LauncherContainers.failure(pod));
  }

  /** Whether the update changed anything the VMI controller reads. */
  public static boolean changed(Pod newPod, Pod oldPod) {
    return !of(newPod).equals(of(oldPod));
  }

  private static List<String> condition(PodCondition c) {
    return Arrays.asList(c.getStatus(), c.getReason(), c.getMessage());
  }
}
