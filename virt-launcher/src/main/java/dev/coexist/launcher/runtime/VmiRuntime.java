package dev.coexist.launcher.runtime;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.launcher.libvirt.LibvirtConnection;
import dev.coexist.launcher.libvirt.LibvirtFailure;
import dev.coexist.launcher.libvirt.LifecycleEvent;
import dev.coexist.launcher.network.PasstInterface;
import dev.coexist.launcher.network.PasstProcess;
import dev.coexist.launcher.network.PortForward;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One VMI's domain on one libvirt connection: the launcher's {@link LauncherService}. Commands run
 * one at a time; status and events do not wait for them.
 */
public final class VmiRuntime implements LauncherService, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VmiRuntime.class);

  private final LibvirtConnection libvirt;
  private final DomainPlanner planner;
  private final RuntimeSettings settings;
  private final List<Consumer<DomainEvent>> listeners = new CopyOnWriteArrayList<>();
  private final List<PasstProcess> passts = new ArrayList<>();
  private final ExecutorService events =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "domain-events");
            t.setDaemon(true);
            return t;
          });
  private final AutoCloseable subscription;
  private volatile String domainName;
  private volatile String vmiKey = "-";
  private volatile Duration vmiGrace;
  private volatile boolean started;

  public VmiRuntime(LibvirtConnection libvirt, DomainPlanner planner, RuntimeSettings settings) {
    this.libvirt = libvirt;
    this.planner = planner;
    this.settings = settings;
    this.subscription = libvirt.watch(e -> events.execute(() -> onEvent(e)));
  }

  @Override
  public synchronized DomainStatus sync(VirtualMachineInstance vmi) {
    String key = vmi.getMetadata().getNamespace() + "/" + vmi.getMetadata().getName();
    try (MDC.MDCCloseable m = MDC.putCloseable("vmi", key)) {
      if (domainName != null && started) {
        return status();
      }
      LOG.info("SYNC: planning the domain");
      return startPlanned(planner.plan(vmi));
    }
  }

  /**
   * Starts a domain planned before this runtime existed ({@link StartingService}: a {@code SYNC}
   * that arrived while libvirtd was starting); returns the status without doing anything when a
   * domain was started already.
   */
  public synchronized DomainStatus start(DomainPlan plan) {
    try (MDC.MDCCloseable m = MDC.putCloseable("vmi", plan.vmiKey())) {
      if (domainName != null && started) {
        return status();
      }
      return startPlanned(plan);
    }
  }

  private DomainStatus startPlanned(DomainPlan plan) {
    try {
      vmiKey = plan.vmiKey();
      vmiGrace = plan.grace();
      domainName = plan.domainName();
      LOG.debug("domain XML:\n{}", plan.xml());
      libvirt.define(plan.domainName(), plan.xml());
      LOG.info("domain {} defined", plan.domainName());
      startPasst(plan.passt());
      libvirt.start(plan.domainName());
      started = true;
      LOG.info("domain {} started", plan.domainName());
      if (plan.startPaused()) {
        libvirt.pause(plan.domainName());
      }
      return status();
    } catch (LibvirtFailure e) {
      stopPasst();
      throw new CommandFailure(ErrorReason.RUNTIME_ERROR, e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopPasst();
      throw new CommandFailure(ErrorReason.RUNTIME_ERROR, "interrupted while starting", e);
    }
  }

  private void startPasst(List<PasstInterface> nics) throws InterruptedException {
    stopPasst();
    for (PasstInterface nic : nics) {
      passts.add(PasstProcess.start(nic, settings.privateDir().resolve("passt.log")));
      for (PortForward f : nic.forwards()) {
        LOG.info(
            "{} port {}/{} forwarded from {}:{}",
            nic.alias(),
            f.guestPort(),
            f.proto(),
            f.hostAddress() == null ? "*" : f.hostAddress(),
            f.hostPort());
      }
    }
  }

  /** The ports forwarded to the guest (for {@code run} and tests). */
  public synchronized List<PortForward> forwardedPorts() {
    return passts.stream().flatMap(p -> p.nic().forwards().stream()).toList();
  }

  private synchronized void stopPasst() {
    passts.forEach(PasstProcess::close);
    passts.clear();
  }

  @Override
  public synchronized DomainStatus shutdown(Duration grace) {
    String name = requireDomain();
    Duration g =
        Optional.ofNullable(grace)
            .or(() -> Optional.ofNullable(vmiGrace))
            .orElse(settings.defaultGrace());
    if (!libvirt.status(name).active()) {
      return status();
    }
    CompletableFuture<Void> off = new CompletableFuture<>();
    Consumer<DomainEvent> l =
        e -> {
          if (!e.domain().active()) {
            off.complete(null);
          }
        };
    listeners.add(l);
    try {
      LOG.info("ACPI shutdown of {}, grace {}s", name, g.toSeconds());
      libvirt.shutdown(name);
      awaitOff(name, off, g);
    } catch (LibvirtFailure e) {
      LOG.warn("ACPI shutdown of {} failed: {}", name, e.getMessage());
    } finally {
      listeners.remove(l);
    }
    if (libvirt.status(name).active()) {
      LOG.info("{} still running after the grace period: destroying it", name);
      destroyQuietly(name);
    }
    stopPasst();
    return status();
  }

  private void awaitOff(String name, CompletableFuture<Void> off, Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    while (libvirt.status(name).active()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      try {
        off.get(Math.min(left, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        LOG.trace("still waiting for {} to power off", name);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        throw new IllegalStateException("shutdown wait failed", e);
      }
    }
  }

  @Override
  public synchronized DomainStatus kill() {
    String name = requireDomain();
    if (libvirt.status(name).active()) {
      destroyQuietly(name);
    }
    stopPasst();
    return status();
  }

  private void destroyQuietly(String name) {
    try {
      libvirt.destroy(name);
    } catch (LibvirtFailure e) {
      if (libvirt.status(name).active()) {
        throw new CommandFailure(ErrorReason.RUNTIME_ERROR, e.getMessage(), e);
      }
      LOG.debug("{} stopped on its own before destroy: {}", name, e.getMessage());
    }
  }

  @Override
  public synchronized DomainStatus pause() {
    return call(n -> libvirt.pause(n));
  }

  @Override
  public synchronized DomainStatus unpause() {
    return call(n -> libvirt.resume(n));
  }

  @Override
  public synchronized DomainStatus reset() {
    return call(n -> libvirt.reset(n));
  }

  @Override
  public synchronized DomainStatus softReboot() {
    return call(n -> libvirt.softReboot(n));
  }

  private DomainStatus call(Consumer<String> op) {
    String name = requireDomain();
    try {
      op.accept(name);
    } catch (LibvirtFailure e) {
      throw new CommandFailure(ErrorReason.RUNTIME_ERROR, e.getMessage(), e);
    }
    return status();
  }

  @Override
  public DomainStatus status() {
    String name = domainName;
    return name == null ? DomainStatus.absent() : libvirt.status(name);
  }

  @Override
  public DomainStats stats() {
    String name = requireDomain();
    if (!libvirt.status(name).active()) {
      throw new CommandFailure(ErrorReason.NO_DOMAIN, "domain " + name + " is not running");
    }
    return libvirt.stats(name);
  }

  @Override
  public AutoCloseable watch(Consumer<DomainEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private String requireDomain() {
    String name = domainName;
    if (name == null || libvirt.status(name).state() == DomainState.ABSENT) {
      throw new CommandFailure(ErrorReason.NO_DOMAIN, "no domain: nothing synced yet");
    }
    return name;
  }

  private void onEvent(LifecycleEvent e) {
    if (!e.domain().equals(domainName)) {
      return;
    }
    DomainStatus s = libvirt.status(e.domain());
    try (MDC.MDCCloseable m = MDC.putCloseable("vmi", vmiKey)) {
      if ("STOPPED".equals(e.event())
              && ("FAILED".equals(e.detail()) || "CRASHED".equals(e.detail()))
          || "CRASHED".equals(e.event())) {
        LOG.error(
            "domain {} crashed: {} {} (state {} reason {})",
            e.domain(),
            e.event(),
            e.detail(),
            s.state(),
            s.reason());
      } else {
        LOG.info(
            "domain {}: {} {} → {} ({})", e.domain(), e.event(), e.detail(), s.state(), s.reason());
      }
    }
    DomainEvent de =
        new DomainEvent(
            LauncherProtocol.VERSION, e.event(), e.detail(), s, System.currentTimeMillis());
    // Newest watcher first: the launcher's own exit watcher (Serve, registered at start) hears a
    // crash last, so every client's watch stream has the event before the launcher shuts down.
    List<Consumer<DomainEvent>> snapshot = new ArrayList<>(listeners);
    Collections.reverse(snapshot);
    for (Consumer<DomainEvent> l : snapshot) {
      try {
        l.accept(de);
      } catch (RuntimeException ex) {
        LOG.warn("event listener failed; removing it", ex);
        listeners.remove(l);
      }
    }
  }

  /** Destroys and undefines the domain, stops passt; the launcher is exiting. */
  @Override
  public synchronized void close() {
    String name = domainName;
    try {
      if (name != null) {
        if (libvirt.status(name).active()) {
          destroyQuietly(name);
        }
        libvirt.undefine(name);
      }
    } finally {
      stopPasst();
      try {
        subscription.close();
      } catch (Exception e) {
        LOG.warn("unsubscribing from libvirt events", e);
      }
      events.shutdown();
    }
  }
}
