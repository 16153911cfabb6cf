package dev.coexist.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.OperatorRuntime;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DataVolume controller (run in this JVM, watching its own namespace) on the real test cluster
 * with the real cdi-importer image and the cluster's local-path StorageClass
 * (WaitForFirstConsumer): blank and HTTP imports, progress, WaitForFirstConsumer and its consumer,
 * failures with the importer's reason. The HTTP server runs on the cluster bridge address 10.88.0.1
 * (random port).
 */
class DataVolumeControllerIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final String BRIDGE = "10.88.0.1";

  private static KubernetesClient client;
  private static String ns;
  private static OperatorRuntime operator;
  private static ThrottledFileServer http;
  private static Path guestXz;
  private static Path dir;

  @BeforeAll
  static void start() throws Exception {
    Path cache =
        Path.of(
            Optional.ofNullable(System.getenv("COEXIST_CACHE"))
                .orElse(System.getProperty("user.home") + "/.cache/coexist"));
    Path guest = cache.resolve("guest/current/disk.qcow2");
    assertThat(guest).as("the test guest disk: run make guest-image").isRegularFile();
    dir = Files.createTempDirectory("dv-it");
    guestXz = dir.resolve("guest.qcow2.xz");
    Process xz =
        new ProcessBuilder("xz", "-T1", "-3", "-c", guest.toString())
            .redirectOutput(guestXz.toFile())
            .start();
    assertThat(xz.waitFor(2, TimeUnit.MINUTES) && xz.exitValue() == 0).as("xz").isTrue();
    http = new ThrottledFileServer(BRIDGE, 512 * 1024);
    client = TestCluster.client();
    ns = TestCluster.createNamespace(client, DataVolumeControllerIT.class);
    operator = OperatorRuntime.start(TestCluster.operatorConfig(ns), client, Clock.systemUTC());
  }

  @AfterAll
  static void stop() throws IOException {
    if (operator != null) {
      operator.close();
    }
    if (client != null && ns != null) {
      client.namespaces().withName(ns).delete();
      client.close();
    }
    if (http != null) {
      http.close();
    }
    if (dir != null) {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  private static DataVolume dv(String yaml) {
    DataVolume dv = Serialization.unmarshal(yaml, DataVolume.class);
    return client.resources(DataVolume.class).inNamespace(ns).resource(dv).create();
  }

  private static DataVolume get(String name) {
    return client.resources(DataVolume.class).inNamespace(ns).withName(name).get();
  }

  private static DataVolumePhase phase(String name) {
    DataVolume dv = get(name);
    return dv == null || dv.getStatus() == null ? null : dv.getStatus().getPhase();
  }

  private static Condition condition(DataVolume dv, String type) {
    return dv.getStatus().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElseThrow();
  }

  private static void awaitPhase(String name, DataVolumePhase want) {
    await(name + " " + want)
        .atMost(TIMEOUT)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> phase(name) == want || phase(name) == DataVolumePhase.FAILED);
    assertThat(phase(name))
        .as(name + ": " + Serialization.asYaml(get(name).getStatus()))
        .isEqualTo(want);
  }

  @Test
  void blankWaitsForItsFirstConsumerUnlessAskedToBindImmediately() {
    dv(
        """
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataVolume
        metadata: {name: blank-wffc}
        spec: {source: {blank: {}}, storage: {resources: {requests: {storage: 64Mi}}}}
        """);
    dv(
        """
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataVolume
        metadata:
          name: blank-now
          annotations: {cdi.kubevirt.io/storage.bind.immediate.requested: "true"}
        spec: {source: {blank: {}}, storage: {resources: {requests: {storage: 64Mi}}}}
        """);
    awaitPhase("blank-wffc", DataVolumePhase.WAIT_FOR_FIRST_CONSUMER);
    awaitPhase("blank-now", DataVolumePhase.SUCCEEDED);
    DataVolume now = get("blank-now");
    assertThat(now.getStatus().getProgress()).isEqualTo("100.0%");
    assertThat(now.getStatus().getClaimName()).isEqualTo("blank-now");
    assertThat(condition(now, "Bound").getStatus()).isEqualTo(Condition.TRUE);
    assertThat(condition(now, "Ready").getStatus()).isEqualTo(Condition.TRUE);
    assertThat(condition(now, "Running").getStatus()).isEqualTo(Condition.FALSE);
    await("importer pod removed after success")
        .atMost(TIMEOUT)
        .until(() -> client.pods().inNamespace(ns).withName("importer-blank-now").get() == null);
    assertThat(phase("blank-wffc")).isEqualTo(DataVolumePhase.WAIT_FOR_FIRST_CONSUMER);

    client.pods().inNamespace(ns).resource(consumer("blank-wffc")).create();
    awaitPhase("blank-wffc", DataVolumePhase.SUCCEEDED);
  }

  @Test
  void aDataVolumeAVmMountsDoesNotWaitForAConsumer() {
    dv(
        """
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataVolume
        metadata: {name: for-vm}
        spec: {source: {blank: {}}, storage: {resources: {requests: {storage: 64Mi}}}}
        """);
    awaitPhase("for-vm", DataVolumePhase.WAIT_FOR_FIRST_CONSUMER);
    VirtualMachine vm =
        Serialization.unmarshal(
            """
            apiVersion: kubevirt.io/v1
            kind: VirtualMachine
            metadata: {name: vm-halted}
            spec:
              runStrategy: Halted
              template:
                spec:
                  domain:
                    memory: {guest: 128Mi}
                    devices: {disks: [{name: d, disk: {bus: virtio}}]}
                  volumes:
                  - {name: d, dataVolume: {name: for-vm}}
            """,
            VirtualMachine.class);
    client.resources(VirtualMachine.class).inNamespace(ns).resource(vm).create();
    awaitPhase("for-vm", DataVolumePhase.SUCCEEDED);
  }

  @Test
  void httpQcow2XzImportsWithRisingProgressAndAVerifiedChecksum() throws Exception {
    String url = http.serve("guest.qcow2.xz", guestXz);
    dv(
        """
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataVolume
        metadata:
          name: guest
          annotations: {cdi.kubevirt.io/storage.bind.immediate.requested: "true"}
        spec:
          source: {http: {url: "%s", checksum: "sha256:%s"}}
          storage: {resources: {requests: {storage: 128Mi}}}
        """
            .formatted(url, sha256(guestXz)));
    List<String> seen = new ArrayList<>();
    await("guest Succeeded")
        .atMost(TIMEOUT)
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              DataVolume d = get("guest");
              if (d.getStatus() != null
                  && d.getStatus().getPhase() == DataVolumePhase.IMPORT_IN_PROGRESS
                  && d.getStatus().getProgress() != null
                  && d.getStatus().getProgress().matches("\\d+\\.\\d\\d%")
                  && !seen.contains(d.getStatus().getProgress())) {
                seen.add(d.getStatus().getProgress());
              }
              return phase("guest") == DataVolumePhase.SUCCEEDED
                  || phase("guest") == DataVolumePhase.FAILED;
            });
    assertThat(phase("guest"))
        .as(Serialization.asYaml(get("guest").getStatus()))
        .isEqualTo(DataVolumePhase.SUCCEEDED);
    assertThat(seen).as("progress values seen").hasSizeGreaterThanOrEqualTo(3);
    List<Double> values = seen.stream().map(s -> Double.parseDouble(s.replace("%", ""))).toList();
    assertThat(values).isSorted();
    assertThat(get("guest").getStatus().getProgress()).isEqualTo("100.0%");
    assertThat(
            client.v1().events().inNamespace(ns).list().getItems().stream()
                .filter(e -> "guest".equals(e.getInvolvedObject().getName()))
                .map(e -> e.getReason()))
        .contains("ImportScheduled", "ImportSucceeded");

    // host-assisted clone of the imported PVC
    dv(
        """
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataVolume
        metadata:
          name: guest-copy
          annotations: {cdi.kubevirt.io/storage.bind.immediate.requested: "true"}
        spec:
          source: {pvc: {namespace: %s, name: guest}}
          storage: {resources: {requests: {storage: 128Mi}}}
        """
            .formatted(ns));
    awaitPhase("guest-copy", DataVolumePhase.SUCCEEDED);
    assertThat(
            client.v1().events().inNamespace(ns).list().getItems().stream()
                .filter(e -> "guest-copy".equals(e.getInvolvedObject().getName()))
                .map(e -> e.getReason()))
        .contains("CloneScheduled", "CloneSucceeded");
  }

  @Test
  void aBadChecksumOrAMissingUrlFailsWithAReadableMessage() {
    String url = http.serve("guest-bad.qcow2.xz", guestXz);
    dv(
        """
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataVolume
        metadata:
          name: bad-sum
          annotations: {cdi.kubevirt.io/storage.bind.immediate.requested: "true"}
        spec:
          source: {http: {url: "%s", checksum: "sha256:%s"}}
          storage: {resources: {requests: {storage: 128Mi}}}
        """
            .formatted(url, "0".repeat(64)));
    dv(
        """
        apiVersion: cdi.kubevirt.io/v1beta1
        kind: DataVolume
        metadata:
          name: missing
          annotations: {cdi.kubevirt.io/storage.bind.immediate.requested: "true"}
        spec:
          source: {http: {url: "%s"}}
          storage: {resources: {requests: {storage: 64Mi}}}
        """
            .formatted(url.replace("guest-bad.qcow2.xz", "nothing-here.img")));
    awaitPhase("bad-sum", DataVolumePhase.FAILED);
    awaitPhase("missing", DataVolumePhase.FAILED);
    Condition sum = condition(get("bad-sum"), "Running");
    assertThat(sum.getReason()).isEqualTo("ChecksumMismatch");
    assertThat(sum.getMessage()).containsIgnoringCase("checksum");
    Condition missing = condition(get("missing"), "Running");
    assertThat(missing.getReason()).isEqualTo("NotFound");
    assertThat(missing.getMessage()).contains("nothing-here.img");
  }

  private static Pod consumer(String claim) {
    return new PodBuilder()
        .withNewMetadata()
        .withName("consumer-" + claim)
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("Never")
        .addNewContainer()
        .withName("c")
        .withImage("localhost/coexist/busybox:1.0")
        .withImagePullPolicy("Never")
        .withCommand("/bin/sh", "-c", "ls /d")
        .addNewVolumeMount()
        .withName("d")
        .withMountPath("/d")
        .endVolumeMount()
        .endContainer()
        .addNewVolume()
        .withName("d")
        .withNewPersistentVolumeClaim(claim, false)
        .endVolume()
        .endSpec()
        .build();
  }

  private static String sha256(Path p) throws IOException, NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(p)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
