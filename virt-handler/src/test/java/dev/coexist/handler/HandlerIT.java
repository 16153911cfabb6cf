package dev.coexist.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.model.Condition;
import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.TestNamespace;
import dev.coexist.handler.launcher.FakeLauncher;
import dev.coexist.handler.launcher.FakeLauncherServer;
import dev.coexist.handler.launcher.LauncherSockets;
import dev.coexist.handler.launcher.UnixSocketLauncherClient;
import dev.coexist.handler.node.HostKvmProbe;
import dev.coexist.handler.node.KvmDecision;
import dev.coexist.handler.vmi.TestVmis;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handler in the test JVM against the real test cluster (a namespace of its own from the e2e
 * module's extension). The node is a Node object of the test's own (no kubelet runs the pods on
 * it), the launcher is a protocol server on a unix socket in a short dir laid out like the kubelet
 * pods dir, at the path the pod's UID gives.
 */
@ClusterTest
class HandlerIT {
  private static final String NODE = "handler-it-" + UUID.randomUUID().toString().substring(0, 6);
  private final String ns;
  private final KubernetesClient client;

  private final ShortTempDir podsDir = new ShortTempDir();
  private final ScheduledExecutorService timer = Handler.newTimer();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  HandlerIT(TestNamespace namespace) {
    this.ns = namespace.name();
    this.client = namespace.client();
  }

  @BeforeAll
  static void node(KubernetesClient client) {
    ItCluster.ensureCrd(client, "virtualmachineinstances.kubevirt.io");
    client
        .resource(
            new NodeBuilder()
                .withNewMetadata()
                .withName(NODE)
                .withLabels(Map.of("coexist.dev/test", "handler-it"))
                .endMetadata()
                .build())
        .create();
  }

  @AfterAll
  static void removeNode(KubernetesClient client) {
    client.nodes().withName(NODE).delete();
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = closeables.size() - 1; i >= 0; i--) {
      closeables.get(i).close();
    }
    timer.shutdownNow();
    podsDir.close();
  }

  private Handler startHandler() throws IOException {
    HandlerConfig config =
        HandlerConfig.fromEnv(
            Map.of(
                "NODE_NAME",
                NODE,
                "COEXIST_PODS_DIR",
                podsDir.path().toString(),
                "COEXIST_HANDLER_PORT",
                "0",
                "COEXIST_RESYNC_SECONDS",
                "2"));
    Handler h =
        new Handler(
            config,
            client,
            new HostKvmProbe(Path.of("/dev/kvm"), Path.of("/sys/module"), Optional.empty()),
            UnixSocketLauncherClient.connector(
                timer, Duration.ofSeconds(10), Duration.ofSeconds(30)),
            timer);
    closeables.add(h);
    return h;
  }

  /** A Scheduled VMI on the test node, its launcher pod (with an IP) and its launcher. */
  private VirtualMachineInstance scheduled(String name, FakeLauncher launcher, boolean finalizer) {
    VirtualMachineInstance vmi =
        TestVmis.vmi(ns, name)
            .phase(VirtualMachineInstancePhase.SCHEDULED, NODE)
            .podInterface("default", "02:00:00:00:00:42")
            .grace(5)
            .build();
    vmi.getMetadata().setUid(null);
    vmi.getMetadata().setResourceVersion(null);
    if (finalizer) {
      vmi.getMetadata().setFinalizers(List.of("foregroundDeleteVirtualMachine"));
    }
    VirtualMachineInstance created = client.resource(vmi).create();
    Pod pod = TestVmis.launcherPod(created, null, "10.244.7." + (name.length() + 10));
    Pod toCreate =
        new PodBuilder(pod)
            .editMetadata()
            .withUid(null)
            .endMetadata()
            .withNewSpec()
            .withNodeName(NODE)
            .addNewContainer()
            .withName("compute")
            .withImage("localhost/coexist/virt-launcher:latest")
            .endContainer()
            .addNewToleration()
            .withOperator("Exists")
            .endToleration()
            .endSpec()
            .withStatus(null)
            .build();
    Pod createdPod = client.resource(toCreate).create();
    createdPod.setStatus(pod.getStatus());
    client.pods().resource(createdPod).updateStatus();
    closeables.add(
        new FakeLauncherServer(
            launcher,
            LauncherSockets.of(podsDir.path(), createdPod.getMetadata().getUid()).command()));
    return created;
  }

  private VirtualMachineInstance get(String name) {
    return client.resources(VirtualMachineInstance.class).inNamespace(ns).withName(name).get();
  }

  private static Optional<Condition> condition(VirtualMachineInstance vmi, String type) {
    return Optional.ofNullable(vmi.getStatus().getConditions()).orElse(List.of()).stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst();
  }

  @Test
  void syncsAScheduledVmiToRunningReadoptsAfterRestartAndReportsACrash() throws Exception {
    FakeLauncher launcher = new FakeLauncher();
    Handler handler = startHandler();
    assertThat(handler.virtualization())
        .isEqualTo(
            KvmDecision.decide(
                new HostKvmProbe(Path.of("/dev/kvm"), Path.of("/sys/module"), Optional.empty())
                    .probe()));
    Node node = client.nodes().withName(NODE).get();
    assertThat(node.getMetadata().getLabels())
        .containsEntry("kubevirt.io/schedulable", "true")
        .containsEntry(
            "coexist.dev/emulation", Boolean.toString(handler.virtualization().emulation()));
    VirtualMachineInstance created = scheduled("vm1", launcher, false);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> get("vm1").getStatus().getPhase() == VirtualMachineInstancePhase.RUNNING);
    VirtualMachineInstance running = get("vm1");
    assertThat(running.getStatus().getNodeName()).isEqualTo(NODE);
    assertThat(running.getStatus().getInterfaces())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getIpAddress()).isEqualTo("10.244.7.13");
              assertThat(i.getMac()).isEqualTo("02:00:00:00:00:42");
            });
    assertThat(condition(running, "Ready"))
        .get()
        .extracting(Condition::getStatus)
        .isEqualTo("True");
    assertThat(condition(running, "SoftwareEmulation").isPresent())
        .isEqualTo(handler.virtualization().emulation());
    assertThat(launcher.syncs()).isEqualTo(1);
    assertThat(launcher.lastEmulation()).isEqualTo(handler.virtualization().emulation());
    assertThat(launcher.synced().getMetadata().getUid()).isEqualTo(created.getMetadata().getUid());
    assertMetrics(handler.port());

    handler.close();
    int before = launcher.commands().size();
    Handler again = startHandler();
    await().atMost(Duration.ofSeconds(30)).until(() -> launcher.commands().size() > before + 1);
    assertThat(launcher.commands().subList(before, launcher.commands().size()))
        .startsWith("GET_DOMAIN")
        .doesNotContain("SYNC", "SHUTDOWN", "KILL", "RESET");
    assertThat(again.isReady()).isTrue();

    launcher.crash();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> get("vm1").getStatus().getPhase() == VirtualMachineInstancePhase.FAILED);
    assertThat(get("vm1").getStatus().getReason()).isEqualTo("GuestCrashed");
  }

  @Test
  void deletingAVmiShutsItsDomainDownAndEndsItSucceeded() throws Exception {
    FakeLauncher launcher = new FakeLauncher();
    startHandler();
    scheduled("vm2", launcher, true);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> get("vm2").getStatus().getPhase() == VirtualMachineInstancePhase.RUNNING);
    client.resources(VirtualMachineInstance.class).inNamespace(ns).withName("vm2").delete();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> get("vm2").getStatus().getPhase() == VirtualMachineInstancePhase.SUCCEEDED);
    assertThat(launcher.commands()).contains("SHUTDOWN");
    assertThat(launcher.lastGrace()).isEqualTo(5);
    assertThat(get("vm2").getStatus().getReason()).isEqualTo("Stopped");
    client
        .resources(VirtualMachineInstance.class)
        .inNamespace(ns)
        .withName("vm2")
        .edit(
            v -> {
              v.getMetadata().setFinalizers(List.of());
              return v;
            });
  }

  private static void assertMetrics(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> ready =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              String metrics =
                  http.send(
                          HttpRequest.newBuilder(
                                  URI.create("http://127.0.0.1:" + port + "/metrics"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body();
              assertThat(metrics)
                  .contains("kubevirt_vmi_phase_count{")
                  .containsPattern("kubevirt_vmi_vcpu_seconds_total\\{.*name=\"vm1\".*\\} [1-9]")
                  .contains("kubevirt_vmi_memory_resident_bytes{")
                  .contains("coexist_handler_syncs_total");
            });
  }
}
