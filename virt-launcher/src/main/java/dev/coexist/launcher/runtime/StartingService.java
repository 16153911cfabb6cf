package dev.coexist.launcher.runtime;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The launcher's {@link LauncherService} from the moment its command socket opens, which is before
 * its private libvirtd is up: a {@code SYNC} that arrives early is planned at once (volumes,
 * containerDisk overlays, domain XML: no libvirt needed) while libvirtd starts, and its domain is
 * started as soon as the {@link VmiRuntime} is {@link #ready(VmiRuntime) ready}. Until then there
 * is no domain: the status is absent, commands on the domain fail with {@link
 * ErrorReason#NO_DOMAIN}, and watches are kept and attached to the runtime once it exists.
 */
public final class StartingService implements LauncherService {
  private static final Logger LOG = LoggerFactory.getLogger(StartingService.class);

  private final DomainPlanner planner;
  private final CompletableFuture<VmiRuntime> runtime = new CompletableFuture<>();
  private final Object watchLock = new Object();
  private final List<PendingWatch> pendingWatches = new ArrayList<>();

  /** A service that plans early SYNCs with {@code planner}. */
  public StartingService(DomainPlanner planner) {
    this.planner = planner;
  }

  /** The runtime is up: a waiting SYNC starts its domain, kept watches are attached. */
  public void ready(VmiRuntime rt) {
    synchronized (watchLock) {
      for (PendingWatch w : pendingWatches) {
        w.attach(rt);
      }
      pendingWatches.clear();
      runtime.complete(rt);
    }
  }

  /** The runtime could not be started: waiting and later commands fail with this cause. */
  public void failed(Throwable cause) {
    runtime.completeExceptionally(cause);
  }

  @Override
  public synchronized DomainStatus sync(VirtualMachineInstance vmi) {
    VmiRuntime rt = runtime.getNow(null);
    if (rt != null) {
      return rt.sync(vmi);
    }
    String key = vmi.getMetadata().getNamespace() + "/" + vmi.getMetadata().getName();
    DomainPlan plan;
    try (MDC.MDCCloseable m = MDC.putCloseable("vmi", key)) {
      LOG.info("SYNC before libvirtd is up: planning the domain while it starts");
      plan = planner.plan(vmi);
      LOG.info("domain {} planned; waiting for libvirtd", plan.domainName());
    }
    return awaitRuntime().start(plan);
  }

  private VmiRuntime awaitRuntime() {
    try {
      return runtime.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure(ErrorReason.RUNTIME_ERROR, "interrupted waiting for libvirtd", e);
    } catch (ExecutionException e) {
      throw new CommandFailure(
          ErrorReason.RUNTIME_ERROR, "libvirtd did not start: " + e.getCause().getMessage(), e);
    }
  }

  /** The runtime when it is up; NO_DOMAIN while libvirtd starts; the start failure after it. */
  private VmiRuntime current() {
    if (!runtime.isDone()) {
      throw new CommandFailure(ErrorReason.NO_DOMAIN, "no domain: libvirtd is still starting");
    }
    return awaitRuntime();
  }

  @Override
  public DomainStatus shutdown(Duration grace) {
    return current().shutdown(grace);
  }

  @Override
  public DomainStatus kill() {
    return current().kill();
  }

  @Override
  public DomainStatus pause() {
    return current().pause();
  }

  @Override
  public DomainStatus unpause() {
    return current().unpause();
  }

  @Override
  public DomainStatus reset() {
    return current().reset();
  }

  @Override
  public DomainStatus softReboot() {
    return current().softReboot();
  }

  @Override
  public DomainStatus status() {
    VmiRuntime rt = runtime.getNow(null);
    return rt == null ? DomainStatus.absent() : rt.status();
  }

  @Override
  public DomainStats stats() {
    return current().stats();
  }

  @Override
  public AutoCloseable watch(Consumer<DomainEvent> listener) {
    synchronized (watchLock) {
      VmiRuntime rt = runtime.getNow(null);
      if (rt != null) {
        return rt.watch(listener);
      }
      PendingWatch w = new PendingWatch(listener);
      pendingWatches.add(w);
      return w;
    }
  }

  /** A watch opened before the runtime existed. */
  private final class PendingWatch implements AutoCloseable {
    private final Consumer<DomainEvent> listener;
    private AutoCloseable attached;
    private boolean closed;

    PendingWatch(Consumer<DomainEvent> listener) {
      this.listener = listener;
    }

    /** Called under the watch lock. */
    void attach(VmiRuntime rt) {
      if (!closed) {
        attached = rt.watch(listener);
      }
    }

    @Override
    public void close() throws Exception {
      AutoCloseable a;
      synchronized (watchLock) {
        closed = true;
        pendingWatches.remove(this);
        a = attached;
      }
      if (a != null) {
        a.close();
      }
    }
  }
}
