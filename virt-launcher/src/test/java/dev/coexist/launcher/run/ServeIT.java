package dev.coexist.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.Volume;
import dev.coexist.crds.launcher.ContainerDiskContainers;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.LauncherResponse;
import dev.coexist.launcher.client.UnixSocketLauncherClient;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code virt-launcher serve} as a process, driven the way virt-handler drives it: the real client
 * syncs a VMI, watches events and reads state; killing QEMU (SIGKILL) is reported as a crash with
 * its reason, and the launcher then exits by itself leaving nothing running. The containerDisk is
 * found as in a pod: a process marked {@code COEXIST_CONTAINER_DISK=<volume>} plays the
 * containerDisk container, and QEMU reads the disk through its {@code /proc/<pid>/root}.
 */
class ServeIT {
  private Path runDir;
  private Process launcher;
  private Process containerDisk;

  @AfterEach
  void cleanUp() throws Exception {
    if (containerDisk != null) {
      containerDisk.destroy();
      containerDisk.waitFor(10, TimeUnit.SECONDS);
    }
    if (launcher != null && launcher.isAlive()) {
      launcher.destroy();
      launcher.waitFor(60, TimeUnit.SECONDS);
    }
    TinyGuest.assertNothingLeft(runDir);
    StandaloneRun.deleteTree(runDir);
  }

  @Test
  void qemuKilledIsReportedAsACrashAndTheLauncherExits() throws Exception {
    Path cache = TinyGuest.cache();
    runDir = Files.createDirectories(TinyGuest.runDir());
    VirtualMachineInstance vmi =
        new VmiLoader().load(Path.of("src/test/resources/vms/facts-vm.yaml"));
    // A volume name no launcher pod on this host uses (the scan sees the host's processes).
    String volume = "rd-" + runDir.getFileName();
    vmi.getSpec().getDomain().getDevices().getDisks().get(0).setName(volume);
    Volume root = vmi.getSpec().getVolumes().get(0);
    root.setName(volume);
    root.getContainerDisk()
        .setPath(
            cache
                .resolve("containerdisks/localhost_coexist_tiny-guest_latest/disk.qcow2")
                .toRealPath()
                .toString());
    int health = freePort();
    launcher = start(health);
    ProcessBuilder marked = new ProcessBuilder("sleep", "600");
    marked.environment().put(ContainerDiskContainers.MARKER_ENV, volume);
    containerDisk = marked.start();
    UnixSocketLauncherClient client = UnixSocketLauncherClient.forSocketDir(runDir.resolve("s"));
    await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> client.ping().ok());
    List<DomainEvent> events = new CopyOnWriteArrayList<>();
    try (AutoCloseable w = client.watch(events::add)) {
      LauncherResponse sync = client.sync(vmi);
      assertThat(sync.ok()).as("sync: %s", sync.message()).isTrue();
      assertThat(sync.domain().state()).isEqualTo(DomainState.RUNNING);
      assertThat(backingFile(runDir.resolve("p/disks/" + volume + ".qcow2")))
          .as("the overlay reads the disk in place, in the containerDisk process's root")
          .isEqualTo("/proc/" + containerDisk.pid() + "/root" + root.getContainerDisk().getPath());
      assertThat(http(health, "/readyz")).isEqualTo(200);
      assertThat(metrics(health)).contains("coexist_launcher_domain_running 1.0");
      killQemu();
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  assertThat(events)
                      .anySatisfy(
                          e -> {
                            assertThat(e.event()).isEqualTo("STOPPED");
                            assertThat(e.detail()).isEqualTo("FAILED");
                            assertThat(e.domain().state()).isEqualTo(DomainState.SHUT_OFF);
                            assertThat(e.domain().reason()).isEqualTo("crashed");
                          }));
    }
    assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("launcher exits").isTrue();
    assertThat(launcher.exitValue()).isEqualTo(1);
  }

  private Process start(int healthPort) throws Exception {
    Path jar =
        Files.list(Path.of("target"))
            .filter(p -> p.getFileName().toString().matches("virt-launcher-.*\\.jar"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("package the launcher first"));
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                jar + File.pathSeparator + "target/lib/*",
                "dev.coexist.launcher.Main",
                "serve")
            .redirectErrorStream(true)
            .redirectOutput(runDir.resolve("launcher.log").toFile());
    pb.environment().put(LauncherConfig.SOCKET_DIR, runDir.resolve("s").toString());
    pb.environment().put(LauncherConfig.PRIVATE_DIR, runDir.resolve("p").toString());
    pb.environment().put(LauncherConfig.ISOLATION, "mount-namespace");
    pb.environment().put(LauncherConfig.CONTAINER_DISK_WAIT, "30");
    pb.environment().put(LauncherConfig.HEALTH_PORT, Integer.toString(healthPort));
    return pb.start();
  }

  private void killQemu() throws Exception {
    Path pidFile = runDir.resolve("p/run/qemu/it_facts.pid");
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
  }

  private static String backingFile(Path overlay) throws Exception {
    Process p =
        new ProcessBuilder("qemu-img", "info", "--output=json", "-U", overlay.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("qemu-img info: %s", out).isZero();
    return new ObjectMapper().readTree(out).path("backing-filename").asText();
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static int http(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String metrics(int port) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
