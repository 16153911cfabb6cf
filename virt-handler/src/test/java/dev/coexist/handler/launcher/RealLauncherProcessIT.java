package dev.coexist.handler.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.Disk;
import dev.coexist.crds.kubevirt.v1.DiskTarget;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.handler.ShortTempDir;
import dev.coexist.handler.vmi.TestVmis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The handler's unix-socket client against the real launcher: {@code virt-launcher serve} started
 * as a separate process from the reactor's {@code virt-launcher/target/} (jar + {@code lib/}; the
 * parent pom lists virt-launcher before virt-handler so {@code mvn verify} has packaged it). No
 * guest is booted: this checks the framing, the commands without a domain, the event stream and the
 * launcher's rejection of a bad spec.
 */
class RealLauncherProcessIT {
  private final ShortTempDir dir = new ShortTempDir();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private Process launcher;
  private LauncherClient client;

  private static Path launcherTarget() {
    Path cwd = Path.of("").toAbsolutePath();
    Path root = Files.exists(cwd.resolve("Makefile")) ? cwd : cwd.getParent();
    return root.resolve("virt-launcher/target");
  }

  @BeforeEach
  void start() throws IOException {
    Path target = launcherTarget();
    Path jar;
    try (Stream<Path> files = Files.list(target)) {
      jar =
          files
              .filter(p -> p.getFileName().toString().matches("virt-launcher-[0-9].*[0-9T]\\.jar"))
              .findFirst()
              .orElseThrow();
    } catch (IOException | NoSuchElementException e) {
      throw new IllegalStateException(
          "no launcher jar in "
              + target
              + ": build it first (mvn -pl virt-launcher -am -DskipTests package)",
          e);
    }
    if (!Files.isDirectory(target.resolve("lib"))) {
      throw new IllegalStateException(
          target.resolve("lib") + " missing: run mvn -pl virt-launcher -am -DskipTests package");
    }
    Path sockets = Files.createDirectories(dir.path().resolve("s"));
    ProcessBuilder pb =
        new ProcessBuilder(
            "java",
            "-Xmx96m",
            "-XX:+UseSerialGC",
            "-cp",
            jar + ":" + target.resolve("lib") + "/*",
            "dev.coexist.launcher.Main",
            "serve");
    pb.environment().put("COEXIST_LAUNCHER_SOCKET_DIR", sockets.toString());
    pb.environment().put("COEXIST_LAUNCHER_PRIVATE_DIR", dir.path().resolve("p").toString());
    pb.environment().put("COEXIST_LAUNCHER_HEALTH_PORT", "0");
    pb.environment().put("COEXIST_LAUNCHER_EXIT_WHEN_STOPPED", "false");
    Path log = Path.of("target", "real-launcher-" + System.nanoTime() + ".log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    launcher = pb.start();
    Path cmd = sockets.resolve(LauncherProtocol.COMMAND_SOCKET);
    client =
        new UnixSocketLauncherClient(cmd, timer, Duration.ofSeconds(10), Duration.ofSeconds(60));
    await()
        .atMost(Duration.ofSeconds(90))
        .failFast("the launcher exited; see " + log, () -> !launcher.isAlive())
        .until(() -> Files.exists(cmd) && client.ping());
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (launcher != null) {
      launcher.destroy();
      if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
        launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("the launcher did not exit within 60 s of SIGTERM");
      }
    }
    timer.shutdownNow();
    dir.close();
  }

  @Test
  void commandsWithoutADomainAndTheEventStream() throws Exception {
    assertThat(client.ping()).isTrue();
    assertThat(client.getDomain().state()).isEqualTo(DomainState.ABSENT);
    assertThat(client.getStats()).isEmpty();
    assertThatThrownBy(client::kill)
        .isInstanceOfSatisfying(
            LauncherException.class, e -> assertThat(e.reason()).isEqualTo(ErrorReason.NO_DOMAIN));
    List<Object> events = new CopyOnWriteArrayList<>();
    AtomicBoolean ended = new AtomicBoolean();
    LauncherClient.Watch w = client.watch(events::add, () -> ended.set(true));
    assertThat(w.isOpen()).isTrue();
    w.close();
    await().atMost(Duration.ofSeconds(10)).untilTrue(ended);
  }

  @Test
  void aDiskWithoutItsVolumeIsAnInvalidSpecNamingTheField() {
    VirtualMachineInstance vmi = TestVmis.vmi("ns1", "bad").build();
    Disk disk = new Disk();
    disk.setName("root");
    disk.setDisk(new DiskTarget());
    vmi.getSpec().getDomain().getDevices().setDisks(List.of(disk));
    assertThatThrownBy(() -> client.sync(vmi, true))
        .isInstanceOfSatisfying(
            LauncherException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ErrorReason.INVALID_SPEC);
              assertThat(e.detail()).contains("spec.");
            });
    assertThat(launcher.isAlive()).isTrue();
  }
}
