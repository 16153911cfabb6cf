package dev.coexist.e2e.hco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.hco.v1beta1.OperandVersion;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.model.Condition;
import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.Kubeconfigs;
import dev.coexist.e2e.cluster.TestNamespace;
import dev.coexist.e2e.console.Virtctl;
import dev.coexist.e2e.vm.Guests;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The upgrade from image A ({@code make images}: tag latest, launcher protocol 2) to image B
 * ({@code make images-upgrade-b}: tag upgrade-b, version {@code <A>-upgrade-b}, launcher protocol
 * 3) with a running guest (issue 8): the guest prints a heartbeat on its serial console; {@code
 * DEPLOY_IMAGE_TAG=upgrade-b hack/deploy.sh} applies B's manifests over the installation (new
 * operator image, new handler and launcher image names, as a new release's manifests would); HCO
 * goes Progressing/HCOUpgrading, then Available with {@code status.versions} = B; the handler pods
 * run B; the launcher pod, its QEMU and the heartbeat carry on; the new handler drives the old
 * launcher at protocol 2 ({@code virtctl pause/unpause}).
 */
@ClusterTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeE2EIT {
  private static final String NS = "kubevirt-hyperconverged";
  private static final String VM = "vm-upgrade";
  private static final String TAG_B = "upgrade-b";
  private static final Duration WAIT = Duration.ofMinutes(5);
  private static final Pattern HB = Pattern.compile("(?m)^HB (\\d+\\.\\d+)\\r?$");

  /** What the guest and the installation looked like before the upgrade. */
  private record Before(
      String versionA, String launcherPodUid, long qemuPid, String vmiUid, int heartbeats) {}

  private static Before before;
  private static final List<String> PROGRESS = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void deployA(KubernetesClient client) throws Exception {
    String images =
        script(
            "source hack/cluster-env.sh && ctr --address \"$CONTAINERD_SOCK\" -n k8s.io images ls -q");
    for (String m : List.of("operator", "virt-handler", "virt-launcher")) {
      assertThat(images)
          .as(
              "image B localhost/coexist/%s:%s in the node's containerd: run make images, then"
                  + " make images-upgrade-b (hack/images.sh upgrade-b), under the cluster lock",
              m, TAG_B)
          .contains("localhost/coexist/" + m + ":" + TAG_B);
    }
    if (client.namespaces().withName(NS).get() != null) {
      Guests.run("hack/undeploy.sh");
    }
    Guests.run("hack/deploy.sh");
  }

  /** Cleanup when a test failed before {@link #removingTheVmAndUndeployingLeavesNothing}. */
  @AfterAll
  static void undeployIfLeft(TestNamespace ns) throws Exception {
    if (ns.client().namespaces().withName(NS).get() != null) {
      removeVm(ns);
      Guests.run("hack/undeploy.sh");
    }
  }

  private static void removeVm(TestNamespace ns) {
    Guests g = new Guests(ns.client(), ns.name());
    ns.client().resources(VirtualMachine.class).inNamespace(ns.name()).withName(VM).delete();
    await("VM, VMI, launcher pod and QEMU gone")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                g.vm(VM) == null
                    && g.vmi(VM) == null
                    && g.launcherPods(VM).isEmpty()
                    && g.qemu(VM).isEmpty());
  }

  @Test
  @Order(1)
  void aGuestWithAHeartbeatRunsOnA(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    g.create(Guests.tinyVm(VM, RunStrategy.ALWAYS));
    g.awaitRunning(VM);
    Pod pod = g.awaitGuestMarker(VM);
    // The guest's root shell on ttyS0: a heartbeat with the guest's uptime every second.
    g.typeOnConsole(
        pod, "\r(while :; do echo HB $(cut -d' ' -f1 /proc/uptime); sleep 1; done) &\r", "done) &");
    await("heartbeats on the serial log")
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> heartbeats(g.serialLog(pod)).size() >= 3);
    HyperConverged hco = hco(ns.client());
    String versionA = operatorVersion(hco).orElseThrow();
    assertThat(condition(hco, "Available")).isEqualTo("True:AsExpected");
    assertThat(handlerImage(ns.client())).isEqualTo("localhost/coexist/virt-handler:latest");
    before =
        new Before(
            versionA,
            pod.getMetadata().getUid(),
            g.qemuPid(VM),
            g.vmi(VM).getMetadata().getUid(),
            heartbeats(g.serialLog(pod)).size());
  }

  @Test
  @Order(2)
  void applyingBsManifestsUpgradesTheInstallation(KubernetesClient client) throws Exception {
    assertThat(before).as("the guest of the first test").isNotNull();
    long t0 = System.nanoTime();
    try (Watch w = watchConditions(client)) {
      deploy(TAG_B);
      String versionB = before.versionA() + "-" + TAG_B;
      await("HCO Available, not Progressing, status.versions = " + versionB)
          .atMost(WAIT)
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                HyperConverged hco = hco(client);
                return condition(hco, "Available").startsWith("True")
                    && condition(hco, "Progressing").startsWith("False")
                    && operatorVersion(hco).orElse("").equals(versionB);
              });
      System.out.printf(
          "upgrade A → B: HCO settled on %s %d s after the apply started%n",
          versionB, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
    }
    System.out.println("HCO Progressing/Upgradeable seen during the upgrade: " + PROGRESS);
    assertThat(PROGRESS)
        .contains("Progressing=True:HCOUpgrading", "Upgradeable=False:HCOUpgrading");
    assertThat(handlerImage(client)).isEqualTo("localhost/coexist/virt-handler:" + TAG_B);
    List<Pod> handlers = pods(client, "virt-handler");
    assertThat(handlers)
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(p.getSpec().getContainers().get(0).getImage())
                    .isEqualTo("localhost/coexist/virt-handler:" + TAG_B));
    // As many operator pods as the Deployment's replicas, which the HCO controller sets from the
    // nodes: 1 on the one-node test cluster, 2 when status.infrastructureHighlyAvailable.
    boolean ha = Boolean.TRUE.equals(hco(client).getStatus().getInfrastructureHighlyAvailable());
    int replicas =
        client
            .apps()
            .deployments()
            .inNamespace(NS)
            .withName("coexist-operator")
            .get()
            .getSpec()
            .getReplicas();
    assertThat(replicas).as("operator replicas (highly available: %s)", ha).isEqualTo(ha ? 2 : 1);
    await("every operator pod runs B")
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(pods(client, "coexist-operator"))
                    .hasSize(replicas)
                    .allSatisfy(
                        p ->
                            assertThat(p.getSpec().getContainers().get(0).getImage())
                                .isEqualTo("localhost/coexist/operator:" + TAG_B)));
  }

  @Test
  @Order(3)
  void theGuestRanThroughTheUpgradeOnItsOldLauncher(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    g.awaitRunning(VM);
    Pod pod = g.launcherPod(VM);
    assertThat(pod.getMetadata().getUid())
        .as("same launcher pod")
        .isEqualTo(before.launcherPodUid());
    assertThat(pod.getSpec().getContainers().get(0).getImage())
        .as("the launcher still runs image A")
        .isEqualTo("localhost/coexist/virt-launcher:latest");
    assertThat(g.qemuPid(VM)).as("same QEMU process").isEqualTo(before.qemuPid());
    assertThat(g.vmi(VM).getMetadata().getUid()).as("same VMI").isEqualTo(before.vmiUid());
    int now = heartbeats(g.serialLog(pod)).size();
    await("the heartbeat goes on after the upgrade")
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> heartbeats(g.serialLog(pod)).size() >= now + 3);
    String log = g.serialLog(pod);
    List<Double> hb = heartbeats(log);
    assertThat(Guests.count(log, Guests.MARKER)).as("booted once").isEqualTo(1);
    double maxGap = 0;
    for (int i = 1; i < hb.size(); i++) {
      assertThat(hb.get(i))
          .as("guest uptime never goes back (no reboot)")
          .isGreaterThan(hb.get(i - 1));
      maxGap = Math.max(maxGap, hb.get(i) - hb.get(i - 1));
    }
    System.out.printf(
        "heartbeat: %d lines before the upgrade, %d after, largest gap %.1f s of guest uptime%n",
        before.heartbeats(), hb.size(), maxGap);
    assertThat(maxGap).as("largest gap between heartbeats (s)").isLessThan(30);
    String handlerLog =
        ns.client()
            .pods()
            .inNamespace(NS)
            .withName(pods(ns.client(), "virt-handler").get(0).getMetadata().getName())
            .getLog();
    assertThat(handlerLog)
        .as("the new handler learned the old launcher's protocol version")
        .contains("speaks protocol v2 (this handler v3): driving it at v2");
  }

  @Test
  @Order(4)
  void theNewHandlerPausesAndUnpausesTheOldLauncher(TestNamespace ns) throws Exception {
    Guests g = new Guests(ns.client(), ns.name());
    Pod pod = g.launcherPod(VM);
    Virtctl virtctl = new Virtctl(Guests.REPO, Kubeconfigs.locate(), ns.name());
    Virtctl.Result pause = virtctl.run("pause", "vmi", VM);
    assertThat(pause.code()).as(pause.output()).isZero();
    await("VMI Paused").atMost(Duration.ofMinutes(1)).until(() -> paused(g).equals("True"));
    int paused = heartbeats(g.serialLog(pod)).size();
    await("no heartbeat while paused")
        .during(Duration.ofSeconds(6))
        .atMost(Duration.ofSeconds(10))
        .until(() -> heartbeats(g.serialLog(pod)).size() <= paused + 1);
    Virtctl.Result unpause = virtctl.run("unpause", "vmi", VM);
    assertThat(unpause.code()).as(unpause.output()).isZero();
    await("VMI unpaused").atMost(Duration.ofMinutes(1)).until(() -> paused(g).isEmpty());
    int resumed = heartbeats(g.serialLog(pod)).size();
    await("the heartbeat resumes")
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> heartbeats(g.serialLog(pod)).size() >= resumed + 3);
    assertThat(g.qemuPid(VM)).as("same QEMU process").isEqualTo(before.qemuPid());
  }

  @Test
  @Order(5)
  void removingTheVmAndUndeployingLeavesNothing(TestNamespace ns) throws Exception {
    removeVm(ns);
    Guests.run("hack/undeploy.sh");
    assertThat(ns.client().namespaces().withName(NS).get()).isNull();
    assertThat(CoexistLeftovers.list(ns.client()))
        .as("left in the cluster after hack/undeploy.sh")
        .isEmpty();
  }

  private static String paused(Guests g) {
    return Guests.condition(g.vmi(VM).getStatus().getConditions(), "Paused")
        .map(Condition::getStatus)
        .orElse("");
  }

  private static List<Double> heartbeats(String serialLog) {
    List<Double> out = new ArrayList<>();
    Matcher m = HB.matcher(serialLog);
    while (m.find()) {
      out.add(Double.parseDouble(m.group(1)));
    }
    return out;
  }

  /** Records every Progressing and Upgradeable status the HCO CR goes through. */
  private static Watch watchConditions(KubernetesClient client) {
    PROGRESS.clear();
    return client
        .resources(HyperConverged.class)
        .inNamespace(NS)
        .withName(HyperConverged.SINGLETON_NAME)
        .watch(
            new Watcher<>() {
              @Override
              public void eventReceived(Action action, HyperConverged hco) {
                for (String type : List.of("Progressing", "Upgradeable")) {
                  String seen = type + "=" + condition(hco, type);
                  if (!PROGRESS.contains(seen)) {
                    PROGRESS.add(seen);
                  }
                }
              }

              @Override
              public void onClose(WatcherException cause) {
                PROGRESS.add("watch closed: " + cause);
              }
            });
  }

  private static HyperConverged hco(KubernetesClient client) {
    return client
        .resources(HyperConverged.class)
        .inNamespace(NS)
        .withName(HyperConverged.SINGLETON_NAME)
        .get();
  }

  /** "status:reason" of a condition, or "" when absent. */
  private static String condition(HyperConverged hco, String type) {
    if (hco == null || hco.getStatus() == null) {
      return "";
    }
    return Guests.condition(hco.getStatus().getConditions(), type)
        .map(c -> c.getStatus() + ":" + c.getReason())
        .orElse("");
  }

  private static Optional<String> operatorVersion(HyperConverged hco) {
    if (hco == null || hco.getStatus() == null || hco.getStatus().getVersions() == null) {
      return Optional.empty();
    }
    return hco.getStatus().getVersions().stream()
        .filter(v -> "operator".equals(v.getName()))
        .map(OperandVersion::getVersion)
        .findFirst();
  }

  private static String handlerImage(KubernetesClient client) {
    DaemonSet ds = client.apps().daemonSets().inNamespace(NS).withName("virt-handler").get();
    return ds.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
  }

  private static List<Pod> pods(KubernetesClient client, String name) {
    return client
        .pods()
        .inNamespace(NS)
        .withLabel("app.kubernetes.io/name", name)
        .list()
        .getItems()
        .stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .toList();
  }

  /** {@code hack/deploy.sh} with {@code DEPLOY_IMAGE_TAG=tag}: B's manifests over A. */
  private static void deploy(String tag) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(Guests.REPO.resolve("hack/deploy.sh").toString())
            .directory(Guests.REPO.toFile())
            .inheritIO();
    pb.environment().put("DEPLOY_IMAGE_TAG", tag);
    Process p = pb.start();
    if (!p.waitFor(6, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("hack/deploy.sh (tag " + tag + ") did not finish in 6 min");
    }
    assertThat(p.exitValue()).as("DEPLOY_IMAGE_TAG=" + tag + " hack/deploy.sh").isZero();
  }

  /** A bash snippet in the repository root with the test cluster's variables; its stdout. */
  private static String script(String snippet) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("bash", "-c", "source hack/cluster-env.sh && " + snippet)
            .directory(Guests.REPO.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0).as(snippet).isTrue();
    return out;
  }
}
