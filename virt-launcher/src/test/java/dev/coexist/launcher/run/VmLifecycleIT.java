package dev.coexist.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.launcher.network.PortForward;
import dev.coexist.launcher.network.PortPolicy;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One real guest (TCG, extlinux disk from a containerDisk overlay) booted through the launcher's
 * runtime and checked from inside: the facts line matches the VMI, port 80 answers through passt,
 * the console and VNC sockets work, pause/unpause, and ACPI shutdown within the grace period.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VmLifecycleIT {
  private Path runDir;
  private LauncherStack stack;
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

  @BeforeAll
  void boot() throws Exception {
    Path cache = TinyGuest.cache();
    runDir = TinyGuest.runDir();
    LauncherConfig config = LauncherConfig.standalone(runDir, cache);
    stack = LauncherStack.start(config, PortPolicy.loopbackEphemeral());
    stack.runtime().watch(events::add);
    VirtualMachineInstance vmi =
        new VmiLoader().load(Path.of("src/test/resources/vms/facts-vm.yaml"));
    DomainStatus s = stack.runtime().sync(vmi);
    assertThat(s.state()).isEqualTo(DomainState.RUNNING);
  }

  @AfterAll
  void cleanUp() {
    if (stack != null) {
      stack.close();
    }
    StandaloneRun.deleteTree(runDir);
    TinyGuest.assertNothingLeft(runDir);
  }

  @Test
  @Order(1)
  void guestSeesWhatTheVmiSays() {
    Map<String, String> facts = TinyGuest.awaitFacts(TinyGuest.serialLog(runDir));
    assertThat(TinyGuest.read(TinyGuest.serialLog(runDir))).contains(TinyGuest.READY);
    assertThat(facts).containsEntry("vcpus", "2").containsEntry("cloudinit", "yes");
    long memKiB = Long.parseLong(facts.get("memtotal_kb"));
    assertThat(memKiB).isBetween(192L * 1024 * 70 / 100, 192L * 1024);
    assertThat(facts.get("disks").split(","))
        .contains("vda:root0001:67108864", "vdb:scratch01:50331648")
        .anySatisfy(d -> assertThat(d).startsWith("vdc::"));
    assertThat(facts.get("macs")).isEqualTo("02:00:00:c0:ff:ee");
    assertThat(facts.get("ip")).isNotEqualTo("none");
  }

  @Test
  @Order(2)
  void declaredPortIsReachableThroughPasst() throws Exception {
    PortForward http =
        stack.runtime().forwardedPorts().stream()
            .filter(f -> f.guestPort() == 80)
            .findFirst()
            .orElseThrow();
    assertThat(http.hostAddress()).isEqualTo("127.0.0.1");
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.hostPort() + "/"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("coexist-tiny-guest");
  }

  @Test
  @Order(3)
  void consoleCarriesTheSerialStreamBothWays() throws IOException {
    String token = "hi-" + ThreadLocalRandom.current().nextInt(100000, 999999);
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(runDir.resolve(LauncherProtocol.SERIAL_SOCKET)));
      ch.write(ByteBuffer.wrap(("\necho " + token + "\n").getBytes(StandardCharsets.US_ASCII)));
      StringBuilder seen = new StringBuilder();
      ByteBuffer b = ByteBuffer.allocate(4096);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                b.clear();
                if (ch.read(b) > 0) {
                  seen.append(new String(b.array(), 0, b.position(), StandardCharsets.ISO_8859_1));
                }
                return seen.indexOf(token) != seen.lastIndexOf(token);
              });
    }
  }

  @Test
  @Order(4)
  void vncSocketSpeaksRfb() throws IOException {
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(runDir.resolve(LauncherProtocol.VNC_SOCKET)));
      ByteBuffer b = ByteBuffer.allocate(12);
      while (b.hasRemaining() && ch.read(b) >= 0) {
        assertThat(b.position()).isPositive();
      }
      assertThat(new String(b.array(), StandardCharsets.US_ASCII)).isEqualTo("RFB 003.008\n");
    }
  }

  @Test
  @Order(5)
  void pauseAndUnpause() {
    assertThat(stack.runtime().pause())
        .isEqualTo(new DomainStatus("it_facts", DomainState.PAUSED, "user"));
    assertThat(stack.runtime().unpause())
        .isEqualTo(new DomainStatus("it_facts", DomainState.RUNNING, "unpaused"));
    assertThat(stack.runtime().stats().vcpus()).isEqualTo(2);
  }

  @Test
  @Order(6)
  void acpiShutdownCompletesWithinTheGracePeriod() {
    long t0 = System.nanoTime();
    DomainStatus s = stack.runtime().shutdown(Duration.ofSeconds(30));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(s).isEqualTo(new DomainStatus("it_facts", DomainState.SHUT_OFF, "shutdown"));
    assertThat(took).isLessThan(Duration.ofSeconds(30));
    assertThat(TinyGuest.read(TinyGuest.serialLog(runDir))).contains("COEXIST-GUEST-POWEROFF");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(events)
                    .extracting(e -> e.event() + "/" + e.detail())
                    .contains("SUSPENDED/PAUSED", "RESUMED/UNPAUSED", "STOPPED/SHUTDOWN"));
  }
}
