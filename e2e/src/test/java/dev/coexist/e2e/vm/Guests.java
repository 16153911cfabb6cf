package dev.coexist.e2e.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.crds.model.Condition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the VM e2e tests do with a real guest on the test cluster: the tiny guest VM under another
 * name, waiting for Running/Ready and the guest's marker, the launcher pod, its serial log, the
 * guest's QEMU process as the host sees it, and typing on the guest's serial console.
 */
public final class Guests {
  public static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();
  public static final Duration BOOT = Duration.ofMinutes(6);
  public static final String MARKER = "COEXIST-GUEST-READY";
  private static final String SERIAL_LOG = "/var/run/kubevirt-private/console/serial.log";

  private final KubernetesClient client;
  private final String ns;

  public Guests(KubernetesClient client, String ns) {
    this.client = client;
    this.ns = ns;
  }

  /** {@code docs/examples/vm-tiny.yaml} named {@code name} with this run strategy. */
  public static VirtualMachine tinyVm(String name, RunStrategy strategy) throws IOException {
    VirtualMachine vm;
    try (InputStream in = Files.newInputStream(REPO.resolve("docs/examples/vm-tiny.yaml"))) {
      vm = Serialization.unmarshal(in, VirtualMachine.class);
    }
    vm.getMetadata().setName(name);
    vm.getMetadata().setLabels(Map.of("app", name));
    vm.getSpec().getTemplate().getMetadata().setLabels(Map.of("kubevirt.io/domain", name));
    vm.getSpec().setRunStrategy(strategy);
    return vm;
  }

  public VirtualMachine create(VirtualMachine vm) {
    return client.resources(VirtualMachine.class).inNamespace(ns).resource(vm).create();
  }

  public VirtualMachine vm(String name) {
    return client.resources(VirtualMachine.class).inNamespace(ns).withName(name).get();
  }

  public VirtualMachineInstance vmi(String name) {
    return client.resources(VirtualMachineInstance.class).inNamespace(ns).withName(name).get();
  }

  VirtualMachinePrintableStatus printableStatus(String name) {
    VirtualMachine vm = vm(name);
    return vm == null || vm.getStatus() == null ? null : vm.getStatus().getPrintableStatus();
  }

  /** Waits for VM Running + Ready and VMI Running; returns the VMI. */
  public VirtualMachineInstance awaitRunning(String name) {
    await(name + " Running and Ready")
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              VirtualMachine vm = vm(name);
              VirtualMachineInstance vmi = vmi(name);
              return vm != null
                  && vm.getStatus() != null
                  && vm.getStatus().getPrintableStatus() == VirtualMachinePrintableStatus.RUNNING
                  && Boolean.TRUE.equals(vm.getStatus().getReady())
                  && vmi != null
                  && vmi.getStatus() != null
                  && vmi.getStatus().getPhase() == VirtualMachineInstancePhase.RUNNING;
            });
    return vmi(name);
  }

  /** Waits until the guest of the VM's current launcher pod printed its marker; returns the pod. */
  public Pod awaitGuestMarker(String name) {
    Pod pod = launcherPod(name);
    await(name + ": guest marker on the serial console")
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> serialLog(pod).contains(MARKER));
    return pod;
  }

  public List<Pod> launcherPods(String name) {
    return client
        .pods()
        .inNamespace(ns)
        .withLabel("kubevirt.io", "virt-launcher")
        .withLabel("vm.kubevirt.io/name", name)
        .list()
        .getItems();
  }

  /** The VM's one launcher pod that is not being deleted. */
  public Pod launcherPod(String name) {
    List<Pod> pods =
        launcherPods(name).stream()
            .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
            .filter(p -> !"Succeeded".equals(p.getStatus().getPhase()))
            .filter(p -> !"Failed".equals(p.getStatus().getPhase()))
            .toList();
    assertThat(pods).as("live launcher pods of " + name).hasSize(1);
    return pods.get(0);
  }

  public String serialLog(Pod pod)
      throws InterruptedException, ExecutionException, TimeoutException {
    return exec(pod, "cat", SERIAL_LOG);
  }

  String exec(Pod pod, String... command)
      throws InterruptedException, ExecutionException, TimeoutException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExecWatch watch =
        client
            .pods()
            .inNamespace(ns)
            .withName(pod.getMetadata().getName())
            .inContainer("compute")
            .writingOutput(out)
            .exec(command)) {
      watch.exitCode().get(30, TimeUnit.SECONDS);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  public static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /** The QEMU process running the VM's domain ({@code <ns>_<name>}), as the host sees it. */
  public Optional<ProcessHandle> qemu(String name) {
    String guest = "guest=" + ns + "_" + name + ",";
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info().command().map(c -> c.contains("qemu-system")).orElse(false)
                    && p.info().commandLine().map(c -> c.contains(guest)).orElse(false))
        .min(Comparator.comparing(p -> p.info().startInstant().orElse(null)));
  }

  public long qemuPid(String name) {
    return qemu(name).map(ProcessHandle::pid).orElseThrow(() -> noQemu(name));
  }

  /** SIGKILL to the VM's QEMU (what a crash or an OOM kill looks like to libvirt). */
  void killQemu(String name) {
    ProcessHandle p = qemu(name).orElseThrow(() -> noQemu(name));
    assertThat(p.destroyForcibly()).as("SIGKILL sent to QEMU " + p.pid()).isTrue();
  }

  private IllegalStateException noQemu(String name) {
    return new IllegalStateException(
        "no QEMU process with guest=" + ns + "_" + name + " on this host");
  }

  /**
   * Types {@code text} on the guest's serial console (the guest gives a root shell there), through
   * the launcher's {@code serial.sock} in the pod's {@code sockets} emptyDir on this host, and
   * keeps the connection open until the console echoed {@code echo} (QEMU drops what it has not
   * read yet when the client hangs up). Returns what the console printed meanwhile.
   */
  public String typeOnConsole(Pod pod, String text, String echo) throws IOException {
    Path sockets =
        kubeletPodsDir()
            .resolve(pod.getMetadata().getUid())
            .resolve("volumes/kubernetes.io~empty-dir/sockets");
    Path link = Files.createTempDirectory("cx").resolve("s");
    Files.createSymbolicLink(link, sockets);
    StringBuilder seen = new StringBuilder();
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        Selector selector = Selector.open()) {
      ch.connect(UnixDomainSocketAddress.of(link.resolve("serial.sock")));
      ByteBuffer out = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
      while (out.hasRemaining()) {
        ch.write(out);
      }
      ch.configureBlocking(false);
      ch.register(selector, SelectionKey.OP_READ);
      ByteBuffer in = ByteBuffer.allocate(4096);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!seen.toString().contains(echo) && System.nanoTime() < deadline) {
        selector.select(1000);
        selector.selectedKeys().clear();
        in.clear();
        if (ch.read(in) < 0) {
          break;
        }
        seen.append(new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII));
      }
    } finally {
      Files.delete(link);
      Files.delete(link.getParent());
    }
    assertThat(seen.toString()).as("the console's echo of what was typed").contains(echo);
    return seen.toString();
  }

  private static Path kubeletPodsDir() {
    String cache =
        Optional.ofNullable(System.getenv("COEXIST_CACHE"))
            .orElse(System.getProperty("user.home") + "/.cache/coexist");
    Path dir = Path.of(cache, "cluster/kubelet/root/pods");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "no kubelet pods dir at " + dir + ": the test cluster must run here (make cluster-up)");
    }
    return dir;
  }

  public static Optional<Condition> condition(List<Condition> conditions, String type) {
    return Optional.ofNullable(conditions).orElse(List.of()).stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst();
  }

  /** Runs a repository script, returns its standard output; it must exit 0 within a minute. */
  public static String capture(String script, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(REPO.resolve(script).toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(REPO.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0).as(script).isTrue();
    return out;
  }

  public static void run(String script) throws IOException, InterruptedException {
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
