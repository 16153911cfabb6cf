package dev.coexist.e2e.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.Probe;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.TestNamespace;
import dev.coexist.e2e.install.WithCoexist;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A VMI readinessProbe on the real cluster with real guests: the probe is run by the kubelet
 * against the launcher pod's IP, which passt forwards to the guest (the tiny guest serves HTTP on
 * port 80). An httpGet probe on port 80 makes the VMI and the VM Ready; a tcpSocket probe on a
 * closed port keeps them not Ready while the guest runs.
 */
@ClusterTest
@WithCoexist
class VmReadinessE2EIT {

  private static VirtualMachine withProbe(String name, String probe) throws Exception {
    VirtualMachine vm = Guests.tinyVm(name, RunStrategy.ALWAYS);
    vm.getSpec()
        .getTemplate()
        .getSpec()
        .setReadinessProbe(Serialization.unmarshal("---\n" + probe, Probe.class));
    return vm;
  }

  @Test
  void readyFollowsTheProbe(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    g.create(withProbe("vm-http", "{httpGet: {port: 80, path: /}, periodSeconds: 2}"));
    g.create(withProbe("vm-closed", "{tcpSocket: {port: 81}, periodSeconds: 2}"));

    VirtualMachineInstance ready = g.awaitRunning("vm-http");
    assertThat(
            Guests.condition(ready.getStatus().getConditions(), "Ready").orElseThrow().getStatus())
        .isEqualTo("True");
    assertThat(g.launcherPod("vm-http").getSpec().getContainers().get(0).getReadinessProbe())
        .as("the probe is on the compute container")
        .isNotNull();

    g.awaitGuestMarker("vm-closed");
    await("vm-closed: Running, and not Ready while the probe fails")
        .atMost(Duration.ofMinutes(1))
        .during(Duration.ofSeconds(20))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              VirtualMachineInstance vmi = g.vmi("vm-closed");
              VirtualMachine vm = g.vm("vm-closed");
              return vmi.getStatus().getPhase() == VirtualMachineInstancePhase.RUNNING
                  && Guests.condition(vmi.getStatus().getConditions(), "Ready")
                      .map(
                          c -> "False".equals(c.getStatus()) && "PodNotReady".equals(c.getReason()))
                      .orElse(false)
                  && !Boolean.TRUE.equals(vm.getStatus().getReady())
                  && vm.getStatus().getPrintableStatus() == VirtualMachinePrintableStatus.RUNNING;
            });
    assertThat(Guests.condition(g.vm("vm-closed").getStatus().getConditions(), "Ready"))
        .get()
        .extracting(c -> c.getStatus())
        .isEqualTo("False");
  }
}
