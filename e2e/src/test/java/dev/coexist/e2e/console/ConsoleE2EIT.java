package dev.coexist.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.Kubeconfigs;
import dev.coexist.e2e.cluster.TestNamespace;
import dev.coexist.e2e.install.WithCoexist;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console, VNC and pause path on the real cluster with KubeVirt's own virtctl: {@code make
 * deploy} (the operator serves subresources.kubevirt.io, virt-handler serves 8186 with the
 * operator's certificates), vm-tiny boots, then {@code virtctl console} runs a command in the
 * guest, a second console takes the first one over, {@code virtctl pause vmi} really stops the
 * guest until {@code unpause}, {@code virtctl vnc --proxy-only} delivers the RFB handshake and a
 * framebuffer update, and a user without the RBAC verb gets 403 while one with {@code edit} may
 * pause.
 */
@ClusterTest
@WithCoexist
class ConsoleE2EIT {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleE2EIT.class);
  private static final Path REPO = Kubeconfigs.repoRoot();
  private static final Duration BOOT = Duration.ofMinutes(6);
  private static final String INSTALL_NS = "kubevirt-hyperconverged";
  private static final Pattern PORT = Pattern.compile("\\{\"port\":(\\d+)}");

  @Test
  void consoleVncPauseAndRbacWithKubevirtsVirtctl(TestNamespace ns) throws Exception {
    KubernetesClient client = ns.client();
    Virtctl virtctl = new Virtctl(REPO, Kubeconfigs.locate(), ns.name());
    virtctl.binary();
    awaitSubresourcesAvailable(client);
    VirtualMachine vm;
    try (InputStream in = Files.newInputStream(REPO.resolve("docs/examples/vm-tiny.yaml"))) {
      vm = Serialization.unmarshal(in, VirtualMachine.class);
    }
    client.resources(VirtualMachine.class).inNamespace(ns.name()).resource(vm).create();
    long t0 = System.nanoTime();
    await("vm-tiny Running")
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> phase(client, ns.name()) == VirtualMachineInstancePhase.RUNNING);

    LOG.info("vm-tiny Running after {} ms", (System.nanoTime() - t0) / 1_000_000);
    try (Virtctl.Session first = virtctl.start("console", "vm-tiny")) {
      long c0 = System.nanoTime();
      typeUntilOutput(first, "echo cx-$((6*7))-one", "cx-42-one", BOOT);
      LOG.info(
          "virtctl console: command output after {} ms:\n{}",
          (System.nanoTime() - c0) / 1_000_000,
          first.output());
      try (Virtctl.Session second = virtctl.start("console", "vm-tiny")) {
        await("the first console is taken over")
            .atMost(Duration.ofSeconds(60))
            .until(() -> !first.isAlive());
        assertThat(first.output()).contains("console session taken over by a new connection");
        LOG.info(
            "first console after the takeover (exit {}):\n{}",
            first.process.exitValue(),
            first.output());
        typeUntilOutput(second, "echo cx-$((6*8))-two", "cx-48-two", Duration.ofSeconds(60));
        pauseStopsTheGuest(client, ns.name(), virtctl, second);
        softRebootRestartsTheGuest(client, ns.name(), virtctl, second);
      }
    }
    vncDeliversAFramebufferUpdate(virtctl);
    rbacDecides(client, ns.name(), virtctl);
    client.resources(VirtualMachine.class).inNamespace(ns.name()).withName("vm-tiny").delete();
  }

  private static void pauseStopsTheGuest(
      KubernetesClient client, String ns, Virtctl virtctl, Virtctl.Session console)
      throws Exception {
    Virtctl.Result pause = virtctl.run("pause", "vmi", "vm-tiny");
    assertThat(pause.code()).as(pause.output()).isZero();
    assertThat(pause.output()).contains("VMI vm-tiny was scheduled to pause");
    long p0 = System.nanoTime();
    await("VMI Paused condition")
        .atMost(Duration.ofSeconds(60))
        .until(() -> condition(client, ns, "Paused").equals("True"));
    LOG.info("Paused=True {} ms after virtctl pause", (System.nanoTime() - p0) / 1_000_000);
    console.type("echo cx-$((7*7))-paused\n");
    await("no output while paused")
        .during(Duration.ofSeconds(8))
        .atMost(Duration.ofSeconds(10))
        .until(() -> !printed(console, "cx-49-paused"));
    Virtctl.Result unpause = virtctl.run("unpause", "vmi", "vm-tiny");
    assertThat(unpause.code()).as(unpause.output()).isZero();
    assertThat(unpause.output()).contains("VMI vm-tiny was scheduled to unpause");
    await("the command typed while paused runs after unpause")
        .atMost(Duration.ofSeconds(60))
        .until(() -> printed(console, "cx-49-paused"));
    await("Paused condition gone")
        .atMost(Duration.ofSeconds(60))
        .until(() -> condition(client, ns, "Paused").isEmpty());
  }

  private static void softRebootRestartsTheGuest(
      KubernetesClient client, String ns, Virtctl virtctl, Virtctl.Session console)
      throws Exception {
    String uid = vmi(client, ns).getMetadata().getUid();
    int before = console.output().length();
    Virtctl.Result reboot = virtctl.run("soft-reboot", "vm-tiny");
    assertThat(reboot.code()).as(reboot.output()).isZero();
    assertThat(reboot.output()).contains("VMI vm-tiny was scheduled to soft-reboot");
    long r0 = System.nanoTime();
    await("the guest powers off (ACPI) and boots again on the same console")
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              String after = console.output().substring(before);
              int off = after.indexOf("COEXIST-GUEST-POWEROFF");
              return off >= 0 && after.indexOf("COEXIST-GUEST-READY", off) >= 0;
            });
    LOG.info("soft reboot: guest ready again after {} ms", (System.nanoTime() - r0) / 1_000_000);
    VirtualMachineInstance after = vmi(client, ns);
    assertThat(after.getMetadata().getUid()).as("the same VMI").isEqualTo(uid);
    assertThat(after.getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    typeUntilOutput(console, "echo cx-$((9*9))-rebooted", "cx-81-rebooted", Duration.ofSeconds(90));
  }

  private static VirtualMachineInstance vmi(KubernetesClient client, String ns) {
    return client.resources(VirtualMachineInstance.class).inNamespace(ns).withName("vm-tiny").get();
  }

  private static void vncDeliversAFramebufferUpdate(Virtctl virtctl) throws Exception {
    try (Virtctl.Session vnc = virtctl.start("vnc", "--proxy-only", "vm-tiny")) {
      await("virtctl vnc prints its port")
          .atMost(Duration.ofSeconds(60))
          .until(() -> PORT.matcher(vnc.output()).find());
      Matcher m = PORT.matcher(vnc.output());
      assertThat(m.find()).isTrue();
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(m.group(1)))) {
        s.setSoTimeout((int) TimeUnit.SECONDS.toMillis(60));
        Rfb.Session rfb = Rfb.handshake(s);
        LOG.info("VNC through virtctl vnc --proxy-only: {}", rfb);
        assertThat(rfb.version()).startsWith("RFB 003.");
        assertThat(rfb.width()).isPositive();
        assertThat(rfb.height()).isPositive();
        assertThat(rfb.rectangles()).isPositive();
      }
    }
  }

  private static void rbacDecides(KubernetesClient client, String ns, Virtctl virtctl)
      throws Exception {
    for (String sa : new String[] {"nobody", "editor"}) {
      client
          .serviceAccounts()
          .inNamespace(ns)
          .resource(
              new ServiceAccountBuilder().withNewMetadata().withName(sa).endMetadata().build())
          .create();
    }
    client
        .rbac()
        .roleBindings()
        .inNamespace(ns)
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName("editor-edit")
                .endMetadata()
                .withNewRoleRef()
                .withApiGroup("rbac.authorization.k8s.io")
                .withKind("ClusterRole")
                .withName("edit")
                .endRoleRef()
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName("editor")
                .withNamespace(ns)
                .endSubject()
                .build())
        .create();
    String nobody = "--as=system:serviceaccount:" + ns + ":nobody";
    Virtctl.Result denied = virtctl.run(nobody, "pause", "vmi", "vm-tiny");
    assertThat(denied.code()).isNotZero();
    assertThat(denied.output()).contains("forbidden").contains("virtualmachineinstances/pause");
    LOG.info("pause without the verb: {}", denied.output().trim());
    Virtctl.Result noConsole = virtctl.run(nobody, "console", "vm-tiny", "--timeout=1");
    assertThat(noConsole.code()).isNotZero();
    assertThat(noConsole.output()).containsIgnoringCase("forbidden");
    LOG.info("console without the verb: {}", noConsole.output().trim());
    String editor = "--as=system:serviceaccount:" + ns + ":editor";
    await("the edit role carries the subresource verbs")
        .atMost(Duration.ofSeconds(30))
        .until(() -> virtctl.run(editor, "pause", "vmi", "vm-tiny").code() == 0);
    await("Paused by the editor")
        .atMost(Duration.ofSeconds(60))
        .until(() -> condition(client, ns, "Paused").equals("True"));
    Virtctl.Result unpause = virtctl.run(editor, "unpause", "vmi", "vm-tiny");
    assertThat(unpause.code()).as(unpause.output()).isZero();
  }

  /**
   * Whether the guest printed {@code line} as a whole line: the command's output, not the echo of
   * the typed command (which has the unexpanded {@code $((...))}) and not an error quoting it.
   */
  private static boolean printed(Virtctl.Session console, String line) {
    return Pattern.compile("(?m)^" + Pattern.quote(line) + "\r?$").matcher(console.output()).find();
  }

  /** Types a command every few seconds (the shell may not be up yet) until its output shows. */
  private static void typeUntilOutput(
      Virtctl.Session console, String command, String expected, Duration atMost) {
    await("guest output " + expected)
        .atMost(atMost)
        .pollInterval(Duration.ofSeconds(3))
        .until(
            () -> {
              if (printed(console, expected)) {
                return true;
              }
              assertThat(console.isAlive()).as("virtctl console: " + console.output()).isTrue();
              console.type(command + "\n");
              return false;
            });
  }

  private static void awaitSubresourcesAvailable(KubernetesClient client) {
    await("APIService v1.subresources.kubevirt.io Available")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              var svc =
                  client
                      .genericKubernetesResources("apiregistration.k8s.io/v1", "APIService")
                      .withName("v1.subresources.kubevirt.io")
                      .get();
              if (svc == null) {
                return false;
              }
              Object conds =
                  ((java.util.Map<?, ?>) svc.getAdditionalProperties().get("status"))
                      .get("conditions");
              return String.valueOf(conds).contains("status=True");
            });
    await("virt-handler serves 8186 (kubelet fills the optional certificate volume)")
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(5))
        .until(
            () ->
                client
                    .pods()
                    .inNamespace(INSTALL_NS)
                    .withLabel("kubevirt.io", "virt-handler")
                    .list()
                    .getItems()
                    .stream()
                    .anyMatch(
                        p ->
                            client
                                .pods()
                                .inNamespace(INSTALL_NS)
                                .withName(p.getMetadata().getName())
                                .getLog()
                                .contains("console server listening")));
  }

  private static VirtualMachineInstancePhase phase(KubernetesClient client, String ns) {
    VirtualMachineInstance vmi =
        client.resources(VirtualMachineInstance.class).inNamespace(ns).withName("vm-tiny").get();
    return vmi == null || vmi.getStatus() == null ? null : vmi.getStatus().getPhase();
  }

  private static String condition(KubernetesClient client, String ns, String type) {
    VirtualMachineInstance vmi =
        client.resources(VirtualMachineInstance.class).inNamespace(ns).withName("vm-tiny").get();
    if (vmi == null || vmi.getStatus() == null || vmi.getStatus().getConditions() == null) {
      return "";
    }
    return vmi.getStatus().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .map(c -> String.valueOf(c.getStatus()))
        .findFirst()
        .orElse("");
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
