package dev.coexist.launcher.run;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.launcher.network.PortPolicy;
import dev.coexist.launcher.runtime.DomainPlanner;
import dev.coexist.launcher.runtime.StartingService;
import dev.coexist.launcher.server.CommandServer;
import dev.coexist.launcher.server.HealthServer;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code virt-launcher serve}: the pod mode. Starts the private libvirtd, the command server on
 * {@code <socketDir>/cmd.sock} and the health/metrics endpoint, then waits for virt-handler's
 * {@code SYNC}. SIGTERM shuts the guest down (ACPI, grace period, destroy) and stops the daemons;
 * with {@code exitWhenStopped} the launcher also exits once its synced domain has stopped.
 */
public final class Serve {
  private static final Logger LOG = LoggerFactory.getLogger(Serve.class);
  private final LauncherConfig config;
  private final AtomicBoolean stopped = new AtomicBoolean();

  public Serve(LauncherConfig config) {
    this.config = config;
  }

  /**
   * Runs until the domain stops (if configured) or the JVM is asked to exit. The command socket
   * opens first, so virt-handler's {@code SYNC} can arrive and be planned while libvirtd starts
   * ({@link StartingService}).
   */
  public int run() throws InterruptedException {
    LauncherStack.prepareDirs(config);
    DomainPlanner planner = LauncherStack.planner(config, PortPolicy.pod());
    StartingService service = new StartingService(planner);
    CommandServer server =
        CommandServer.start(config.socketDir().resolve(LauncherProtocol.COMMAND_SOCKET), service);
    Thread warmUp = new Thread(() -> warmUp(server, planner), "warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    LauncherStack stack;
    try {
      stack = LauncherStack.start(config, PortPolicy.pod(), planner);
    } catch (InterruptedException | RuntimeException e) {
      service.failed(e);
      server.close();
      throw e;
    }
    service.ready(stack.runtime());
    PrometheusRegistry registry = new PrometheusRegistry();
    GaugeWithCallback.builder()
        .name("coexist_launcher_domain_running")
        .help("1 while the guest runs")
        .callback(cb -> cb.call(running(stack) ? 1 : 0))
        .register(registry);
    GaugeWithCallback.builder()
        .name("coexist_launcher_requests")
        .help("command requests served")
        .callback(cb -> cb.call(server.requestsServed()))
        .register(registry);
    HealthServer health =
        config.healthPort() > 0
            ? HealthServer.start(
                config.healthPort(), () -> stack.daemons().alive(), () -> running(stack), registry)
            : null;
    CompletableFuture<DomainStatus> finished = new CompletableFuture<>();
    AtomicBoolean wasActive = new AtomicBoolean();
    Runnable stop = () -> stop(stack, server, health);
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "serve-shutdown"));
    try (AutoCloseable w =
        stack
            .runtime()
            .watch(
                e -> {
                  if (e.domain().active()) {
                    wasActive.set(true);
                  } else if (wasActive.get() && config.exitWhenStopped()) {
                    finished.complete(e.domain());
                  }
                })) {
      LOG.info("launcher ready: libvirtd up, commands on {}", config.socketDir());
      DomainStatus end = finished.get();
      LOG.info("domain stopped ({} {}): exiting", end.state(), end.reason());
      return "crashed".equals(end.reason()) ? 1 : 0;
    } catch (ExecutionException e) {
      throw new IllegalStateException("waiting for the domain", e);
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("serve failed", e);
    } finally {
      stop.run();
    }
  }

  /**
   * Runs the request parsing and the conversion once on a sample VMI while libvirtd starts, so the
   * handler's first requests do not pay for a cold JVM's first use of them (docs/performance.md).
   */
  private static void warmUp(CommandServer server, DomainPlanner planner) {
    long start = System.nanoTime();
    VirtualMachineInstance sample = WarmUpVmi.sample();
    try {
      server.warmUp(sample);
      planner.warmUp(sample);
      LOG.info("warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.warn("warm-up failed (the first SYNC will be slower): {}", e.toString());
    }
  }

  private static boolean running(LauncherStack stack) {
    return stack.runtime().status().state() == DomainState.RUNNING;
  }

  private void stop(LauncherStack stack, CommandServer server, HealthServer health) {
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
      server.close();
      if (health != null) {
        health.close();
      }
      stack.close();
    }
  }
}
