package dev.coexist.handler.vmi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionType;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.handler.node.Virtualization;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatusWarmUpTest {
  @Test
  void theWarmUpComputesARunningStatusAndItSurvivesTheJsonRoundTrip() {
    KubernetesSerialization json = new KubernetesSerialization();
    Virtualization tcg = new Virtualization(true, "Configured", "software emulation");

    VirtualMachineInstance vmi =
        StatusWarmUp.run(json, "node-a", tcg, Instant.parse("2026-11-27T18:00:00Z"));

    assertThat(vmi.getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(vmi.getStatus().getNodeName()).isEqualTo("node-a");
    assertThat(vmi.getStatus().getInterfaces())
        .singleElement()
        .satisfies(i -> assertThat(i.getIpAddress()).isEqualTo("10.0.0.1"));
    assertThat(vmi.getStatus().getConditions())
        .anyMatch(
            c ->
                VirtualMachineInstanceConditionType.SOFTWARE_EMULATION.value().equals(c.getType()));
    assertThat(json.clone(vmi)).isEqualTo(vmi);
  }
}
