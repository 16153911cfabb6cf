package dev.coexist.launcher.run;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.launcher.network.PortForward;
import dev.coexist.launcher.network.PortPolicy;
import dev.coexist.launcher.runtime.CommandFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code virt-launcher run <vm.yaml>}: boots a VM or VMI with no cluster and attaches its serial
 * console; on exit, Ctrl-], SIGTERM or SIGINT it shuts the guest down (ACPI, then destroy after the
 * grace period) and stops its private libvirtd. Bad input fails before anything is started.
 */
public final class StandaloneRun {
  private static final Logger LOG = LoggerFactory.getLogger(StandaloneRun.class);

  private final Path runRoot;
  private final Path cache;
  private final AtomicBoolean stopped = new AtomicBoolean();

  /**
   * @param runRoot parent of the per-run dirs (e.g. {@code /run/coexist-launcher}): short, so the
   *     socket paths fit {@code sun_path}
   * @param cache the coexist cache (containerdisks/, pvcs/)
   */
  public StandaloneRun(Path runRoot, Path cache) {
    this.runRoot = runRoot;
    this.cache = cache;
  }

  /** Runs the VM in {@code file} until it stops or the user leaves; returns the exit code. */
  public int run(Path file, InputStream in, PrintStream out, PrintStream err)
      throws InterruptedException {
    VirtualMachineInstance vmi;
    try {
      vmi = new VmiLoader().load(file);
    } catch (IOException | IllegalArgumentException e) {
      err.println("virt-launcher: " + e.getMessage());
      return 2;
    }
    String key = vmi.getMetadata().getNamespace() + "/" + vmi.getMetadata().getName();
    try (MDC.MDCCloseable m = MDC.putCloseable("vmi", key)) {
      Path runDir =
          runRoot.resolve(
              vmi.getMetadata().getNamespace()
                  + "_"
                  + vmi.getMetadata().getName()
                  + "-"
                  + ProcessHandle.current().pid());
      LauncherConfig config = LauncherConfig.standalone(runDir, cache);
      PortPolicy ports = PortPolicy.loopbackEphemeral();
      try {
        LauncherStack.planner(config, ports).plan(vmi);
      } catch (CommandFailure e) {
        err.println("virt-launcher: " + file + ": " + e.getMessage());
        deleteTree(runDir);
        return e.reason() == ErrorReason.INVALID_SPEC ? 2 : 1;
      }
      return boot(vmi, config, ports, in, out, err);
    }
  }

  private int boot(
      VirtualMachineInstance vmi,
      LauncherConfig config,
      PortPolicy ports,
      InputStream in,
      PrintStream out,
      PrintStream err)
      throws InterruptedException {
    LauncherStack stack = LauncherStack.start(config, ports);
    Thread hook = new Thread(() -> stop(stack, config), "run-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    CompletableFuture<DomainStatus> finished = new CompletableFuture<>();
    AtomicBoolean wasActive = new AtomicBoolean();
    try (AutoCloseable w = stack.runtime().watch(e -> onEvent(e, wasActive, finished))) {
      DomainStatus s = stack.runtime().sync(vmi);
      err.printf(
          "virt-launcher: %s/%s %s (%s, %s)%n",
          vmi.getMetadata().getNamespace(),
          vmi.getMetadata().getName(),
          s.state(),
          s.reason(),
          config.emulation() ? "TCG emulation" : "KVM");
      for (PortForward f : stack.runtime().forwardedPorts()) {
        err.printf(
            "virt-launcher: guest port %d/%s on %s:%d%n",
            f.guestPort(), f.proto(), f.hostAddress(), f.hostPort());
      }
      err.println("virt-launcher: serial console follows; Ctrl-] stops the VM and exits");
      DomainStatus end = attachConsole(config, in, out, finished);
      err.println(
          end.state() == null
              ? "\nvirt-launcher: console detached: stopping the VM"
              : "\nvirt-launcher: domain " + end.state() + " (" + end.reason() + ")");
      return "crashed".equals(end.reason()) || "failed".equals(end.reason()) ? 1 : 0;
    } catch (CommandFailure e) {
      err.println("virt-launcher: " + e.getMessage());
      return e.reason() == ErrorReason.INVALID_SPEC ? 2 : 1;
    } catch (Exception e) {
      if (e instanceof InterruptedException ie) {
        throw ie;
      }
      LOG.error("run failed", e);
      return 1;
    } finally {
      stop(stack, config);
      removeHook(hook);
    }
  }

  private static void onEvent(
      DomainEvent e, AtomicBoolean wasActive, CompletableFuture<DomainStatus> finished) {
    if (e.domain().active()) {
      wasActive.set(true);
    } else if (wasActive.get()) {
      finished.complete(e.domain());
    }
  }

  private DomainStatus attachConsole(
      LauncherConfig config, InputStream in, PrintStream out, CompletableFuture<DomainStatus> end)
      throws IOException, InterruptedException, ExecutionException {
    Path socket = config.socketDir().resolve(LauncherProtocol.SERIAL_SOCKET);
    try (Terminal t = System.console() != null ? Terminal.raw() : null;
        SerialConsole console = SerialConsole.attach(socket, in, out)) {
      CompletableFuture.anyOf(end, console.detached()).get();
    }
    return end.isDone() ? end.get() : new DomainStatus(null, null, "detached");
  }

  private void stop(LauncherStack stack, LauncherConfig config) {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      if (stack.runtime().status().active()) {
        stack.runtime().shutdown(null);
      }
    } catch (RuntimeException e) {
      LOG.error("graceful shutdown failed; destroying", e);
    } finally {
      stack.close();
      deleteTree(config.privateDir());
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      LOG.debug("JVM is shutting down; the hook runs (and finds the VM stopped)");
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("removing " + dir, e);
    }
  }
}
