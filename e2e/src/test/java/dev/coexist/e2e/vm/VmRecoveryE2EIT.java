package dev.coexist.e2e.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.TestNamespace;
import dev.coexist.e2e.install.WithCoexist;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What happens to running guests when things die, on the real cluster with real guests (coexist
 * installed by {@code make deploy}): QEMU killed under Always and RerunOnFailure → a new VMI at
 * once; a guest that powers itself off under RerunOnFailure → Stopped and stays stopped; the
 * operator's and the handler's pods deleted → the guest keeps running (same QEMU process, one boot
 * marker) and the statuses reconverge; deleting the VM → VMI, pod and QEMU gone. The methods run in
 * order on the same two VMs (booting a TCG guest is the expensive part).
 */
@ClusterTest
@WithCoexist
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VmRecoveryE2EIT {
  private static final String ALWAYS = "vm-always";
  private static final String RERUN = "vm-rerun";
  private static final String NS = "kubevirt-hyperconverged";

  @Test
  @Order(1)
  void guestsBoot(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    g.create(Guests.tinyVm(ALWAYS, RunStrategy.ALWAYS));
    g.create(Guests.tinyVm(RERUN, RunStrategy.RERUN_ON_FAILURE));
    for (String name : List.of(ALWAYS, RERUN)) {
      g.awaitRunning(name);
      g.awaitGuestMarker(name);
    }
  }

  @Test
  @Order(2)
  void killedQemuIsRestartedAtOnce(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    String alwaysUid = g.vmi(ALWAYS).getMetadata().getUid();
    String rerunUid = g.vmi(RERUN).getMetadata().getUid();
    long alwaysPid = g.qemuPid(ALWAYS);
    long rerunPid = g.qemuPid(RERUN);
    Instant killed = Instant.now();
    g.killQemu(ALWAYS);
    g.killQemu(RERUN);

    for (String name : List.of(ALWAYS, RERUN)) {
      String oldUid = name.equals(ALWAYS) ? alwaysUid : rerunUid;
      await(name + ": a new VMI after QEMU was killed")
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> newVmi(g, name, oldUid));
      VirtualMachineInstance fresh = g.vmi(name);
      Instant created = Instant.parse(fresh.getMetadata().getCreationTimestamp());
      // At once: no crash-loop back-off (it starts at 10 s) for a VMI that had been Running.
      assertThat(Duration.between(killed, created))
          .as(name + ": kill → new VMI")
          .isLessThan(Duration.ofSeconds(30));
      g.awaitRunning(name);
      assertThat(g.vm(name).getStatus().getStartFailure())
          .as(name + ": a VMI that ran is not a start failure")
          .isNull();
      g.awaitGuestMarker(name);
    }
    assertThat(g.qemuPid(ALWAYS)).isNotEqualTo(alwaysPid);
    assertThat(g.qemuPid(RERUN)).isNotEqualTo(rerunPid);
  }

  private static boolean newVmi(Guests g, String name, String oldUid) {
    VirtualMachineInstance vmi = g.vmi(name);
    return vmi != null && !oldUid.equals(vmi.getMetadata().getUid());
  }

  @Test
  @Order(3)
  void guestPoweroffUnderRerunOnFailureStaysStopped(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    if (g.vm(RERUN) == null) { // run on its own (-Dit.test=VmRecoveryE2EIT#guestPoweroff*)
      g.create(Guests.tinyVm(RERUN, RunStrategy.RERUN_ON_FAILURE));
      g.awaitRunning(RERUN);
      g.awaitGuestMarker(RERUN);
    }
    Pod pod = g.launcherPod(RERUN);
    String uid = g.vmi(RERUN).getMetadata().getUid();
    g.typeOnConsole(pod, "\rpoweroff -f\r", "poweroff -f");

    await(RERUN + ": Stopped after the guest powered off")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> g.printableStatus(RERUN) == VirtualMachinePrintableStatus.STOPPED);
    await(RERUN + ": stays stopped, no new VMI")
        .during(Duration.ofSeconds(20))
        .atMost(Duration.ofSeconds(40))
        .until(
            () -> {
              VirtualMachineInstance vmi = g.vmi(RERUN);
              return (vmi == null || uid.equals(vmi.getMetadata().getUid()))
                  && g.printableStatus(RERUN) == VirtualMachinePrintableStatus.STOPPED;
            });
    VirtualMachineInstance ended = g.vmi(RERUN);
    if (ended != null) {
      assertThat(ended.getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.SUCCEEDED);
    }
    assertThat(g.qemu(RERUN)).as("no QEMU left for " + RERUN).isEmpty();
  }

  @Test
  @Order(4)
  void operatorAndHandlerRestartsLeaveTheGuestRunning(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    KubernetesClient client = ns.client();
    String uid = g.vmi(ALWAYS).getMetadata().getUid();
    long pid = g.qemuPid(ALWAYS);
    Pod pod = g.awaitGuestMarker(ALWAYS);

    List<String> old = controlPlanePods(client);
    client
        .pods()
        .inNamespace(NS)
        .withLabel("app.kubernetes.io/name", "coexist-operator")
        .withGracePeriod(30)
        .delete();
    client
        .pods()
        .inNamespace(NS)
        .withLabel("app.kubernetes.io/name", "virt-handler")
        .withGracePeriod(30)
        .delete();
    await("operator and handler replaced and Ready")
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> replacedAndReady(client, old));

    g.awaitRunning(ALWAYS);
    assertThat(g.vmi(ALWAYS).getMetadata().getUid()).as("same VMI").isEqualTo(uid);
    assertThat(g.qemuPid(ALWAYS)).as("same QEMU process").isEqualTo(pid);
    assertThat(g.launcherPod(ALWAYS).getMetadata().getUid())
        .as("same launcher pod")
        .isEqualTo(pod.getMetadata().getUid());
    assertThat(Guests.count(g.serialLog(pod), Guests.MARKER)).as("booted once").isEqualTo(1);
    await("VMI Ready condition reconverged")
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                Guests.condition(g.vmi(ALWAYS).getStatus().getConditions(), "Ready")
                    .map(c -> "True".equals(c.getStatus()))
                    .orElse(false));
  }

  @Test
  @Order(5)
  void deletingTheVmRemovesVmiPodAndGuest(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    ProcessHandle qemu = g.qemu(ALWAYS).orElseThrow();
    ns.client()
        .resources(dev.coexist.crds.kubevirt.v1.VirtualMachine.class)
        .inNamespace(ns.name())
        .withName(ALWAYS)
        .delete();
    await("VM, VMI, launcher pod and QEMU gone")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                g.vm(ALWAYS) == null
                    && g.vmi(ALWAYS) == null
                    && g.launcherPods(ALWAYS).isEmpty()
                    && !qemu.isAlive());
    qemu.onExit().get(10, TimeUnit.SECONDS);
  }

  private static List<String> controlPlanePods(KubernetesClient client) {
    return client.pods().inNamespace(NS).list().getItems().stream()
        .filter(p -> isControlPlane(p))
        .map(p -> p.getMetadata().getUid())
        .toList();
  }

  private static boolean isControlPlane(Pod p) {
    String name = p.getMetadata().getLabels().get("app.kubernetes.io/name");
    return "coexist-operator".equals(name) || "virt-handler".equals(name);
  }

  private static boolean replacedAndReady(KubernetesClient client, List<String> old) {
    List<Pod> pods =
        client.pods().inNamespace(NS).list().getItems().stream()
            .filter(VmRecoveryE2EIT::isControlPlane)
            .toList();
    boolean noneOld = pods.stream().noneMatch(p -> old.contains(p.getMetadata().getUid()));
    boolean allReady =
        pods.stream()
            .allMatch(
                p ->
                    p.getStatus().getConditions().stream()
                        .anyMatch(
                            c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus())));
    return noneOld
        && allReady
        && pods.stream()
                .map(p -> p.getMetadata().getLabels().get("app.kubernetes.io/name"))
                .filter(Objects::nonNull)
                .distinct()
                .count()
            == 2;
  }
}
