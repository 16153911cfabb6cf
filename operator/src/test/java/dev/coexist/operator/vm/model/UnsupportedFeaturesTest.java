package dev.coexist.operator.vm.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.operator.Fixtures;
import org.junit.jupiter.api.Test;

class UnsupportedFeaturesTest {

  @Test
  void aPlainVmIsSupportedAndTpmIsNamed() {
    VirtualMachine vm = Fixtures.vm();
    assertThat(UnsupportedFeatures.of(vm.getSpec().getTemplate().getSpec(), "spec"))
        .containsExactly("spec.domain.devices.tpm");
    vm.getSpec().getTemplate().getSpec().getDomain().getDevices().setTpm(null);
    assertThat(UnsupportedFeatures.of(vm.getSpec().getTemplate().getSpec(), "spec")).isEmpty();
  }

  @Test
  void namesEveryUnsupportedFieldByPath() {
    String yaml =
        String.join(
            "\n",
            "apiVersion: kubevirt.io/v1",
            "kind: VirtualMachine",
            "metadata: {name: x}",
            "spec:",
            "  template:",
            "    spec:",
            "      domain:",
            "        cpu: {dedicatedCpuPlacement: true}",
            "        memory: {guest: 1Gi, hugepages: {pageSize: 2Mi}}",
            "        devices:",
            "          gpus: [{name: g, deviceName: nvidia}]",
            "          interfaces: [{name: a, masquerade: {}}, {name: b, sriov: {}}]",
            "      networks: [{name: a, pod: {}}, {name: b, multus: {networkName: n}}]",
            "      volumes: [{name: h, hostDisk: {path: /x, type: Disk}}]",
            "");
    VirtualMachine vm = Fixtures.parse(yaml, VirtualMachine.class);
    assertThat(UnsupportedFeatures.of(vm.getSpec().getTemplate().getSpec(), "spec.template.spec"))
        .containsExactly(
            "spec.template.spec.domain.cpu.dedicatedCpuPlacement",
            "spec.template.spec.domain.memory.hugepages",
            "spec.template.spec.domain.devices.gpus",
            "spec.template.spec.domain.devices.interfaces[1].sriov",
            "spec.template.spec.networks[1].multus",
            "spec.template.spec.volumes[0].hostDisk");
  }

  @Test
  void guestAgentProbesAreNamedAndNetworkProbesAreNot() {
    String yaml =
        String.join(
            "\n",
            "apiVersion: kubevirt.io/v1",
            "kind: VirtualMachine",
            "metadata: {name: x}",
            "spec:",
            "  template:",
            "    spec:",
            "      domain: {memory: {guest: 64Mi}}",
            "      readinessProbe: {guestAgentPing: {}}",
            "      livenessProbe: {exec: {command: [cat, /tmp/ok]}}",
            "");
    VirtualMachine vm = Fixtures.parse(yaml, VirtualMachine.class);
    assertThat(UnsupportedFeatures.of(vm.getSpec().getTemplate().getSpec(), "spec.template.spec"))
        .containsExactly(
            "spec.template.spec.readinessProbe.guestAgentPing",
            "spec.template.spec.livenessProbe.exec");
    String network =
        yaml.replace("{guestAgentPing: {}}", "{tcpSocket: {port: 22}}")
            .replace("{exec: {command: [cat, /tmp/ok]}}", "{httpGet: {port: 80, path: /}}");
    VirtualMachine ok = Fixtures.parse(network, VirtualMachine.class);
    assertThat(UnsupportedFeatures.of(ok.getSpec().getTemplate().getSpec(), "spec")).isEmpty();
  }
}
