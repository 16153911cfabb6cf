package dev.coexist.launcher.client;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.crds.launcher.LauncherResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** An in-memory launcher behind the {@link LauncherClient} interface. */
public final class FakeLauncherClient implements LauncherClient {
  private final List<Consumer<DomainEvent>> watchers = new CopyOnWriteArrayList<>();
  private volatile DomainStatus status = DomainStatus.absent();

  @Override
  public synchronized LauncherResponse sync(VirtualMachineInstance vmi) {
    if (status.state() == DomainState.ABSENT) {
      String name = vmi.getMetadata().getNamespace() + "_" + vmi.getMetadata().getName();
      set(new DomainStatus(name, DomainState.RUNNING, "booted"), "STARTED", "BOOTED");
    }
    return LauncherResponse.success(status);
  }

  @Override
  public synchronized LauncherResponse shutdown(Long gracePeriodSeconds) {
    return stop("shutdown", "SHUTDOWN");
  }

  @Override
  public synchronized LauncherResponse kill() {
    return stop("destroyed", "DESTROYED");
  }

  private LauncherResponse stop(String reason, String detail) {
    if (status.state() == DomainState.ABSENT) {
      return noDomain();
    }
    if (status.active()) {
      set(new DomainStatus(status.name(), DomainState.SHUT_OFF, reason), "STOPPED", detail);
    }
    return LauncherResponse.success(status);
  }

  @Override
  public synchronized LauncherResponse pause() {
    return transition(DomainState.RUNNING, DomainState.PAUSED, "user", "SUSPENDED", "PAUSED");
  }

  @Override
  public synchronized LauncherResponse unpause() {
    return transition(DomainState.PAUSED, DomainState.RUNNING, "unpaused", "RESUMED", "UNPAUSED");
  }

  @Override
  public synchronized LauncherResponse reset() {
    return status.active() ? LauncherResponse.success(status) : noDomain();
  }

  @Override
  public LauncherResponse getDomain() {
    return LauncherResponse.success(status);
  }

  @Override
  public LauncherResponse getStats() {
    if (!status.active()) {
      return noDomain();
    }
    return LauncherResponse.withStats(status, new DomainStats(1, 1, 262144, 262144));
  }

  @Override
  public LauncherResponse ping() {
    return LauncherResponse.success(status);
  }

  @Override
  public AutoCloseable watch(Consumer<DomainEvent> listener) {
    watchers.add(listener);
    return () -> watchers.remove(listener);
  }

  private LauncherResponse transition(
      DomainState from, DomainState to, String reason, String event, String detail) {
    if (status.state() == DomainState.ABSENT) {
      return noDomain();
    }
    if (status.state() != from) {
      return LauncherResponse.failure(
          ErrorReason.RUNTIME_ERROR, "domain is " + status.state(), status);
    }
    set(new DomainStatus(status.name(), to, reason), event, detail);
    return LauncherResponse.success(status);
  }

  private LauncherResponse noDomain() {
    return LauncherResponse.failure(ErrorReason.NO_DOMAIN, "no domain", status);
  }

  private void set(DomainStatus s, String event, String detail) {
    status = s;
    DomainEvent e = new DomainEvent(LauncherProtocol.VERSION, event, detail, s, 0L);
    watchers.forEach(w -> w.accept(e));
  }
}
