package dev.coexist.e2e.cluster;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.PodResource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Running a pod on the test cluster to completion and reading what it printed. */
public final class PodRuns {
  private PodRuns() {}

  /** Creates {@code pod} in {@code ns} and waits until it succeeded; returns its log. */
  public static String runToCompletion(TestNamespace ns, Pod pod, Duration timeout) {
    PodResource res = ns.client().pods().inNamespace(ns.name()).resource(pod);
    res.create();
    Pod done = await(ns, pod.getMetadata().getName(), timeout, PodRuns::finished);
    String log =
        ns.client().pods().inNamespace(ns.name()).withName(pod.getMetadata().getName()).getLog();
    if (!"Succeeded".equals(done.getStatus().getPhase())) {
      throw new AssertionError(
          "pod "
              + ns.name()
              + "/"
              + pod.getMetadata().getName()
              + " "
              + describe(done)
              + "\n"
              + log);
    }
    return log;
  }

  /** Waits until the pod named {@code name} matches {@code condition}; explains a timeout. */
  public static Pod await(
      TestNamespace ns, String name, Duration timeout, Predicate<Pod> condition) {
    PodResource res = ns.client().pods().inNamespace(ns.name()).withName(name);
    try {
      return res.waitUntilCondition(
          p -> p != null && condition.test(p), timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      Pod p = res.get();
      throw new AssertionError(
          "pod " + ns.name() + "/" + name + " timed out after " + timeout + ": " + describe(p), e);
    }
  }

  static boolean finished(Pod p) {
    String phase = p.getStatus() == null ? null : p.getStatus().getPhase();
    return "Succeeded".equals(phase) || "Failed".equals(phase);
  }

  /** Phase plus each container's waiting/terminated reason: enough to see why a pod is stuck. */
  public static String describe(Pod p) {
    if (p == null || p.getStatus() == null) {
      return "(no status)";
    }
    StringBuilder sb = new StringBuilder("phase=").append(p.getStatus().getPhase());
    for (ContainerStatus cs : p.getStatus().getContainerStatuses()) {
      sb.append(' ').append(cs.getName()).append('=');
      if (cs.getState().getWaiting() != null) {
        sb.append(cs.getState().getWaiting().getReason())
            .append(':')
            .append(cs.getState().getWaiting().getMessage());
      } else if (cs.getState().getTerminated() != null) {
        sb.append("terminated:")
            .append(cs.getState().getTerminated().getReason())
            .append(" exit=")
            .append(cs.getState().getTerminated().getExitCode());
      } else {
        sb.append("running");
      }
    }
    return sb.toString();
  }
}
