package dev.coexist.operator.vmi.model;

import dev.coexist.crds.kubevirt.v1.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.util.Optional;

/**
 * A VMI's readiness or liveness probe as a probe of the launcher pod's {@code compute} container,
 * as KubeVirt does it: a {@code tcpSocket} or {@code httpGet} probe is run by the kubelet against
 * the pod's IP, which the launcher's passt forwards to the guest (masquerade), with the VMI's
 * timing fields. {@code exec} and {@code guestAgentPing} need the guest agent and have no pod probe
 * (the VM controller reports them as unsupported). Pure.
 */
public final class LauncherProbes {

  private LauncherProbes() {}

  /** The container probe for this VMI probe, or empty when it has no tcpSocket/httpGet action. */
  public static Optional<io.fabric8.kubernetes.api.model.Probe> podProbe(Probe probe) {
    if (probe == null || (probe.getTcpSocket() == null && probe.getHttpGet() == null)) {
      return Optional.empty();
    }
    ProbeBuilder b =
        new ProbeBuilder()
            .withInitialDelaySeconds(probe.getInitialDelaySeconds())
            .withTimeoutSeconds(probe.getTimeoutSeconds())
            .withPeriodSeconds(probe.getPeriodSeconds())
            .withSuccessThreshold(probe.getSuccessThreshold())
            .withFailureThreshold(probe.getFailureThreshold());
    if (probe.getHttpGet() != null) {
      b.withHttpGet(probe.getHttpGet());
    } else {
      b.withTcpSocket(probe.getTcpSocket());
    }
    return Optional.of(b.build());
  }

  /** Whether the probe is one coexist cannot run (exec or guestAgentPing without tcp/http). */
  public static boolean needsGuestAgent(Probe probe) {
    return probe != null
        && podProbe(probe).isEmpty()
        && (probe.getExec() != null || probe.getGuestAgentPing() != null);
  }
}
