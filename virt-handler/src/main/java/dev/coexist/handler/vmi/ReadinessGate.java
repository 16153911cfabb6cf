package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.Probe;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionType;
import dev.coexist.crds.model.Condition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.List;
import java.util.Optional;

/**
 * KubeVirt's readiness with a VMI {@code readinessProbe}: a running guest is Ready only while its
 * probe succeeds. The operator carries {@code tcpSocket}/{@code httpGet} probes onto the launcher
 * pod's {@code compute} container (the kubelet probes the pod IP, which passt forwards to the
 * guest), so the VMI's Ready follows the pod's Ready condition. {@code exec}/{@code guestAgentPing}
 * probes need the guest agent, which coexist does not run: such a VMI is never Ready, with a reason
 * saying so. Pure.
 */
final class ReadinessGate {
  /** Ready=False reason when the probe has not succeeded (KubeVirt copies the pod's reason). */
  static final String POD_NOT_READY = "PodNotReady";

  /** Ready=False reason for exec/guestAgentPing probes. */
  static final String PROBE_NOT_SUPPORTED = "ReadinessProbeNotSupported";

  /** Why a running VMI is not Ready. */
  record NotReady(String reason, String message) {}

  private ReadinessGate() {}

  /**
   * What overrides a Ready=True the domain alone would give, given the VMI's readiness probe and
   * its launcher pod; empty when the VMI has no probe, the probe succeeds, or Ready is already
   * False.
   */
  static Optional<NotReady> apply(
      List<Condition> conditions, VirtualMachineInstance vmi, Optional<Pod> pod) {
    boolean ready =
        conditions.stream()
            .anyMatch(
                c ->
                    VirtualMachineInstanceConditionType.READY.value().equals(c.getType())
                        && Condition.TRUE.equals(c.getStatus()));
    Probe probe = vmi.getSpec() == null ? null : vmi.getSpec().getReadinessProbe();
    if (!ready || probe == null) {
      return Optional.empty();
    }
    if (probe.getTcpSocket() == null && probe.getHttpGet() == null) {
      return Optional.of(
          new NotReady(
              PROBE_NOT_SUPPORTED,
              "spec.readinessProbe: only tcpSocket and httpGet probes are supported by coexist"
                  + " (exec and guestAgentPing need the guest agent)"));
    }
    Optional<PodCondition> podReady =
        pod.map(Pod::getStatus)
            .map(s -> s.getConditions())
            .flatMap(cs -> cs.stream().filter(c -> "Ready".equals(c.getType())).findFirst());
    if (podReady.map(c -> "True".equals(c.getStatus())).orElse(false)) {
      return Optional.empty();
    }
    String podName = pod.map(p -> p.getMetadata().getName()).orElse("(none)");
    return Optional.of(
        new NotReady(
            POD_NOT_READY,
            "the readiness probe has not succeeded: launcher pod "
                + podName
                + " is not Ready"
                + podReady.map(PodCondition::getReason).map(r -> " (" + r + ")").orElse("")));
  }
}
