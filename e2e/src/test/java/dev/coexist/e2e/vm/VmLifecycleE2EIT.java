package dev.coexist.e2e.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceConditionType;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.TestNamespace;
import dev.coexist.e2e.install.WithCoexist;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The whole system on the real cluster with a real guest: coexist is installed with {@code make
 * deploy}, {@code docs/examples/vm-tiny.yaml} is applied, and the VM goes through KubeVirt's
 * lifecycle — Running (guest marker on its serial console, VMI with node and IP), Halted → Stopped,
 * Always → Running again, delete → nothing left.
 */
@ClusterTest
@WithCoexist
class VmLifecycleE2EIT {
  private static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();
  private static final Duration BOOT = Duration.ofMinutes(6);
  private static final String SERIAL_LOG = "/var/run/kubevirt-private/console/serial.log";

  @Test
  void vmTinyRunsStopsStartsAndIsDeleted(TestNamespace ns) throws Exception {
    KubernetesClient client = ns.client();
    VirtualMachine vm;
    try (InputStream in = Files.newInputStream(REPO.resolve("docs/examples/vm-tiny.yaml"))) {
      vm = Serialization.unmarshal(in, VirtualMachine.class);
    }
    var vms = client.resources(VirtualMachine.class).inNamespace(ns.name());
    var vmis = client.resources(VirtualMachineInstance.class).inNamespace(ns.name());
    vms.resource(vm).create();

    VirtualMachineInstance vmi = awaitRunning(client, ns.name());
    assertThat(vmi.getStatus().getNodeName()).isNotBlank();
    assertThat(vmi.getStatus().getInterfaces()).isNotEmpty();
    assertThat(vmi.getStatus().getInterfaces().get(0).getIpAddress()).isNotBlank();
    String pod = launcherPod(client, ns.name()).getMetadata().getName();
    await("guest marker on the serial console")
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> serialLog(client, ns.name(), pod).contains("COEXIST-GUEST-READY"));
    assertThat(serialLog(client, ns.name(), pod)).contains("COEXIST-FACTS vcpus=1");
    assertEmulationKeptTheCapabilityCache(client, ns.name(), vmi, pod);

    vms.withName("vm-tiny").edit(v -> withRunStrategy(v, RunStrategy.HALTED));
    await("VM Stopped after Halted")
        .atMost(Duration.ofMinutes(3))
        .until(() -> printableStatus(client, ns.name()) == VirtualMachinePrintableStatus.STOPPED);
    await("VMI and launcher pod gone")
        .atMost(Duration.ofMinutes(2))
        .until(
            () ->
                vmis.withName("vm-tiny").get() == null
                    && launcherPods(client, ns.name()).isEmpty());

    vms.withName("vm-tiny").edit(v -> withRunStrategy(v, RunStrategy.ALWAYS));
    awaitRunning(client, ns.name());

    vms.withName("vm-tiny").delete();
    await("VM, VMI and launcher pod gone after delete")
        .atMost(Duration.ofMinutes(3))
        .until(
            () ->
                vms.withName("vm-tiny").get() == null
                    && vmis.withName("vm-tiny").get() == null
                    && launcherPods(client, ns.name()).isEmpty());
  }

  private static VirtualMachineInstance awaitRunning(KubernetesClient client, String ns) {
    await("VM Running and Ready")
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              VirtualMachine vm =
                  client.resources(VirtualMachine.class).inNamespace(ns).withName("vm-tiny").get();
              return vm != null
                  && vm.getStatus() != null
                  && vm.getStatus().getPrintableStatus() == VirtualMachinePrintableStatus.RUNNING
                  && Boolean.TRUE.equals(vm.getStatus().getReady());
            });
    VirtualMachineInstance vmi =
        client.resources(VirtualMachineInstance.class).inNamespace(ns).withName("vm-tiny").get();
    assertThat(vmi.getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    return vmi;
  }

  private static VirtualMachine withRunStrategy(VirtualMachine vm, RunStrategy strategy) {
    vm.getSpec().setRunStrategy(strategy);
    return vm;
  }

  private static VirtualMachinePrintableStatus printableStatus(KubernetesClient client, String ns) {
    VirtualMachine vm =
        client.resources(VirtualMachine.class).inNamespace(ns).withName("vm-tiny").get();
    return vm == null || vm.getStatus() == null ? null : vm.getStatus().getPrintableStatus();
  }

  private static List<Pod> launcherPods(KubernetesClient client, String ns) {
    return client
        .pods()
        .inNamespace(ns)
        .withLabel("kubevirt.io", "virt-launcher")
        .list()
        .getItems();
  }

  private static Pod launcherPod(KubernetesClient client, String ns) {
    List<Pod> pods = launcherPods(client, ns);
    assertThat(pods).hasSize(1);
    return pods.get(0);
  }

  /**
   * Under emulation (this machine: kvm_pvm) the compute container offers no /dev/kvm, and libvirt
   * kept the launcher image's capability cache: a re-probe with the host's /dev/kvm visible (what a
   * privileged container sees) records the {@code kvm} flag and costs every pod start two QEMU
   * probes.
   */
  private static void assertEmulationKeptTheCapabilityCache(
      KubernetesClient client, String ns, VirtualMachineInstance vmi, String pod)
      throws InterruptedException, ExecutionException, TimeoutException {
    assertThat(vmi.getStatus().getConditions())
        .as("VMI conditions: this machine's KVM (kvm_pvm) is not usable, the VMI runs under TCG")
        .anyMatch(
            c ->
                VirtualMachineInstanceConditionType.SOFTWARE_EMULATION.value().equals(c.getType())
                    && "True".equals(c.getStatus()));
    String seen =
        exec(
            client,
            ns,
            pod,
            "sh",
            "-c",
            "if [ -e /dev/kvm ]; then echo DEV-KVM; fi;"
                + " cat /var/cache/libvirt/qemu/capabilities/*.xml");
    assertThat(seen).doesNotContain("DEV-KVM").contains("<qemuCaps>");
    assertThat(seen).as("libvirt's capability cache").doesNotContain("<flag name='kvm'/>");
  }

  private static String serialLog(KubernetesClient client, String ns, String pod)
      throws InterruptedException, ExecutionException, TimeoutException {
    return exec(client, ns, pod, "cat", SERIAL_LOG);
  }

  private static String exec(KubernetesClient client, String ns, String pod, String... command)
      throws InterruptedException, ExecutionException, TimeoutException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExecWatch watch =
        client
            .pods()
            .inNamespace(ns)
            .withName(pod)
            .inContainer("compute")
            .writingOutput(out)
            .exec(command)) {
      watch.exitCode().get(30, TimeUnit.SECONDS);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void run(String script) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(REPO.resolve(script).toString())
            .directory(REPO.toFile())
            .inheritIO()
            .start();
    if (!p.waitFor(6, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(script + " did not finish within 6 minutes");
    }
    assertThat(p.exitValue()).as(script + " exit code").isZero();
  }
}
