package dev.coexist.operator.vmi.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.Probe;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.operator.Fixtures;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LauncherProbesTest {

  private static Probe probe(String json) {
    return Fixtures.parse("---\n" + json, Probe.class);
  }

  @Test
  void tcpSocketProbeIsCarriedOntoTheComputeContainerWithItsTiming() {
    var pod =
        LauncherProbes.podProbe(
                probe(
                    "{tcpSocket: {port: 80}, initialDelaySeconds: 5, periodSeconds: 2,"
                        + " timeoutSeconds: 1, failureThreshold: 3, successThreshold: 1}"))
            .orElseThrow();
    assertThat(pod.getTcpSocket().getPort()).isEqualTo(new IntOrString(80));
    assertThat(pod.getHttpGet()).isNull();
    assertThat(pod.getExec()).isNull();
    assertThat(pod.getInitialDelaySeconds()).isEqualTo(5);
    assertThat(pod.getPeriodSeconds()).isEqualTo(2);
    assertThat(pod.getTimeoutSeconds()).isEqualTo(1);
    assertThat(pod.getFailureThreshold()).isEqualTo(3);
    assertThat(pod.getSuccessThreshold()).isEqualTo(1);
  }

  @Test
  void httpGetProbeKeepsPathPortAndHeaders() {
    var pod =
        LauncherProbes.podProbe(
                probe(
                    "{httpGet: {path: /healthz, port: 8080, httpHeaders: [{name: X, value: y}]}}"))
            .orElseThrow();
    assertThat(pod.getHttpGet().getPath()).isEqualTo("/healthz");
    assertThat(pod.getHttpGet().getPort()).isEqualTo(new IntOrString(8080));
    assertThat(pod.getHttpGet().getHttpHeaders())
        .singleElement()
        .hasFieldOrPropertyWithValue("name", "X");
    assertThat(pod.getTcpSocket()).isNull();
    assertThat(pod.getPeriodSeconds()).as("kubelet default applies").isNull();
  }

  @Test
  void guestAgentProbesHaveNoPodProbe() {
    assertThat(LauncherProbes.podProbe(probe("{guestAgentPing: {}}"))).isEmpty();
    assertThat(LauncherProbes.podProbe(probe("{exec: {command: [cat, /x]}}"))).isEmpty();
    assertThat(LauncherProbes.podProbe(null)).isEqualTo(Optional.empty());
    assertThat(LauncherProbes.needsGuestAgent(probe("{guestAgentPing: {}}"))).isTrue();
    assertThat(LauncherProbes.needsGuestAgent(probe("{exec: {command: [cat, /x]}}"))).isTrue();
    assertThat(LauncherProbes.needsGuestAgent(probe("{tcpSocket: {port: 22}}"))).isFalse();
    assertThat(LauncherProbes.needsGuestAgent(null)).isFalse();
  }

  @Test
  void launcherPodGetsReadinessAndLivenessProbes() {
    VirtualMachineInstance vmi = Fixtures.vmi(VirtualMachineInstancePhase.PENDING);
    vmi.getSpec().setReadinessProbe(probe("{httpGet: {port: 80, path: /}, periodSeconds: 2}"));
    vmi.getSpec().setLivenessProbe(probe("{tcpSocket: {port: 22}, initialDelaySeconds: 60}"));
    Container compute =
        LauncherPodModel.from(vmi, LauncherPodModelTest.config(false))
            .getSpec()
            .getContainers()
            .get(0);
    assertThat(compute.getReadinessProbe().getHttpGet().getPort()).isEqualTo(new IntOrString(80));
    assertThat(compute.getReadinessProbe().getPeriodSeconds()).isEqualTo(2);
    assertThat(compute.getLivenessProbe().getTcpSocket().getPort()).isEqualTo(new IntOrString(22));
    assertThat(compute.getLivenessProbe().getInitialDelaySeconds()).isEqualTo(60);
  }

  @Test
  void launcherPodWithoutVmiProbesHasNone() {
    VirtualMachineInstance vmi = Fixtures.vmi(VirtualMachineInstancePhase.PENDING);
    vmi.getSpec().setReadinessProbe(probe("{guestAgentPing: {}}"));
    Container compute =
        LauncherPodModel.from(vmi, LauncherPodModelTest.config(false))
            .getSpec()
            .getContainers()
            .get(0);
    assertThat(compute.getReadinessProbe()).isNull();
    assertThat(compute.getLivenessProbe()).isNull();
  }
}
