package dev.coexist.e2e.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.crds.model.Condition;
import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.TestNamespace;
import dev.coexist.e2e.install.WithCoexist;
import dev.coexist.e2e.vm.Guests;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CDI end to end on the real cluster: coexist deployed with {@code hack/deploy.sh}, a VM whose
 * {@code dataVolumeTemplates} import the test guest as qcow2.xz from a throttled HTTP server on the
 * run's own bridge address (10.88.0.1, random port) into a local-path PVC (WaitForFirstConsumer:
 * the importer pod is the first consumer of a VM's DataVolume). The DataVolume shows rising
 * progress, Succeeds, the VM boots from the imported disk (guest marker on the serial console). A
 * DataVolume with a wrong checksum Fails with the importer's reason and its VM shows
 * DataVolumeError. {@code kubectl get dv} prints CDI's columns.
 */
@ClusterTest
@WithCoexist
class DataVolumeVmE2EIT {

  private static ThrottledFileServer http;
  private static Path dir;
  private static Path guestXz;
  private static String guestSum;

  @BeforeAll
  static void prepare() throws Exception {
    Path cache =
        Path.of(
            Optional.ofNullable(System.getenv("COEXIST_CACHE"))
                .orElse(System.getProperty("user.home") + "/.cache/coexist"));
    Path guest = cache.resolve("guest/current/disk.qcow2");
    assertThat(guest).as("the test guest disk: run make guest-image").isRegularFile();
    dir = Files.createTempDirectory("dv-e2e");
    guestXz = dir.resolve("guest.qcow2.xz");
    Process xz =
        new ProcessBuilder("xz", "-T1", "-3", "-c", guest.toString())
            .redirectOutput(guestXz.toFile())
            .start();
    assertThat(xz.waitFor(2, TimeUnit.MINUTES) && xz.exitValue() == 0).as("xz").isTrue();
    guestSum = sha256(guestXz);
    // ≈ 8 s for the ~4 MB file: long enough for several progress readings.
    http = new ThrottledFileServer("10.88.0.1", 512 * 1024);
  }

  @AfterAll
  static void stopServer() throws IOException {
    if (http != null) {
      http.close();
    }
    if (dir != null) {
      Files.deleteIfExists(guestXz);
      Files.deleteIfExists(dir);
    }
  }

  @Test
  void vmBootsFromAnImportedDataVolume(TestNamespace ns) throws Exception {
    KubernetesClient client = ns.client();
    String url = http.serve("guest.qcow2.xz", guestXz);
    client
        .resources(VirtualMachine.class)
        .inNamespace(ns.name())
        .resource(vm("vm-dv", url, "sha256:" + guestSum))
        .create();

    List<String> progress = new ArrayList<>();
    Set<VirtualMachinePrintableStatus> vmStatuses =
        EnumSet.noneOf(VirtualMachinePrintableStatus.class);
    await("DataVolume vm-dv-root Succeeded")
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              Optional.ofNullable(printable(client, ns.name(), "vm-dv")).ifPresent(vmStatuses::add);
              DataVolume dv = dataVolume(client, ns.name(), "vm-dv-root");
              if (dv == null || dv.getStatus() == null) {
                return false;
              }
              String p = dv.getStatus().getProgress();
              if (dv.getStatus().getPhase() == DataVolumePhase.IMPORT_IN_PROGRESS
                  && p != null
                  && p.matches("\\d+\\.\\d\\d%")
                  && !progress.contains(p)) {
                progress.add(p);
              }
              return dv.getStatus().getPhase() == DataVolumePhase.SUCCEEDED
                  || dv.getStatus().getPhase() == DataVolumePhase.FAILED;
            });
    DataVolume dv = dataVolume(client, ns.name(), "vm-dv-root");
    assertThat(dv.getStatus().getPhase())
        .as(Serialization.asYaml(dv.getStatus()))
        .isEqualTo(DataVolumePhase.SUCCEEDED);
    assertThat(dv.getStatus().getProgress()).isEqualTo("100.0%");
    assertThat(dv.getMetadata().getOwnerReferences())
        .anySatisfy(r -> assertThat(r.getKind()).isEqualTo("VirtualMachine"));
    assertThat(progress)
        .as("distinct progress values while importing")
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(progress.stream().map(s -> Double.parseDouble(s.replace("%", ""))).toList())
        .isSorted();
    assertThat(vmStatuses).contains(VirtualMachinePrintableStatus.PROVISIONING);

    await("VM Running")
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> printable(client, ns.name(), "vm-dv") == VirtualMachinePrintableStatus.RUNNING);
    Pod pod = launcherPod(client, ns.name(), "vm-dv");
    Guests guests = new Guests(client, ns.name());
    await("guest marker on the serial console (booted from the imported disk)")
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> guests.serialLog(pod).contains("COEXIST-GUEST-READY"));

    String table = kubectl("get", "dv", "-n", ns.name());
    assertThat(table.lines().findFirst().orElse("").split("\\s+"))
        .containsExactly("NAME", "PHASE", "PROGRESS", "RESTARTS", "AGE");
    assertThat(table).containsPattern("vm-dv-root\\s+Succeeded\\s+100\\.0%\\s+0\\s+");
  }

  @Test
  void aBadChecksumFailsTheDataVolumeAndTheVmShowsDataVolumeError(TestNamespace ns)
      throws Exception {
    KubernetesClient client = ns.client();
    String url = http.serve("guest-for-bad-sum.qcow2.xz", guestXz);
    client
        .resources(VirtualMachine.class)
        .inNamespace(ns.name())
        .resource(vm("vm-bad", url, "sha256:" + "0".repeat(64)))
        .create();
    await("DataVolume vm-bad-root Failed")
        .atMost(Guests.BOOT)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                Optional.ofNullable(dataVolume(client, ns.name(), "vm-bad-root"))
                        .map(DataVolume::getStatus)
                        .map(s -> s.getPhase())
                        .orElse(null)
                    == DataVolumePhase.FAILED);
    Condition running =
        dataVolume(client, ns.name(), "vm-bad-root").getStatus().getConditions().stream()
            .filter(c -> "Running".equals(c.getType()))
            .findFirst()
            .orElseThrow();
    assertThat(running.getReason()).isEqualTo("ChecksumMismatch");
    assertThat(running.getMessage()).containsIgnoringCase("checksum");
    await("VM DataVolumeError")
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                printable(client, ns.name(), "vm-bad")
                    == VirtualMachinePrintableStatus.DATA_VOLUME_ERROR);
    assertThat(launcherPods(client, ns.name(), "vm-bad")).isEmpty();
  }

  private static VirtualMachine vm(String name, String url, String checksum) {
    String yaml =
        """
        apiVersion: kubevirt.io/v1
        kind: VirtualMachine
        metadata: {name: %1$s}
        spec:
          runStrategy: Always
          dataVolumeTemplates:
          - metadata: {name: %1$s-root}
            spec:
              source:
                http: {url: "%2$s", checksum: "%3$s"}
              storage:
                resources: {requests: {storage: 128Mi}}
          template:
            metadata:
              labels: {kubevirt.io/domain: %1$s}
            spec:
              terminationGracePeriodSeconds: 30
              domain:
                cpu: {cores: 1}
                memory: {guest: 256Mi}
                devices:
                  disks:
                  - {name: rootdisk, serial: root0001, disk: {bus: virtio}}
                  interfaces:
                  - {name: default, masquerade: {}, ports: [{name: http, port: 80}]}
              networks:
              - {name: default, pod: {}}
              volumes:
              - name: rootdisk
                dataVolume: {name: %1$s-root}
        """
            .formatted(name, url, checksum);
    return Serialization.unmarshal(yaml, VirtualMachine.class);
  }

  private static DataVolume dataVolume(KubernetesClient client, String ns, String name) {
    return client.resources(DataVolume.class).inNamespace(ns).withName(name).get();
  }

  private static VirtualMachinePrintableStatus printable(
      KubernetesClient client, String ns, String name) {
    VirtualMachine vm = client.resources(VirtualMachine.class).inNamespace(ns).withName(name).get();
    return vm == null || vm.getStatus() == null ? null : vm.getStatus().getPrintableStatus();
  }

  private static List<Pod> launcherPods(KubernetesClient client, String ns, String vm) {
    return client
        .pods()
        .inNamespace(ns)
        .withLabel("kubevirt.io", "virt-launcher")
        .withLabel("vm.kubevirt.io/name", vm)
        .list()
        .getItems();
  }

  private static Pod launcherPod(KubernetesClient client, String ns, String vm) {
    List<Pod> pods = launcherPods(client, ns, vm);
    assertThat(pods).hasSize(1);
    return pods.get(0);
  }

  private static String kubectl(String... args) throws IOException, InterruptedException {
    String bin = Guests.capture("hack/cluster-build.sh", "bindir").trim() + "/kubectl";
    String kubeconfig = Guests.capture("hack/kubeconfig.sh").trim();
    List<String> cmd = new ArrayList<>(List.of(bin, "--kubeconfig", kubeconfig));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0).as("kubectl: " + out).isTrue();
    return out;
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
