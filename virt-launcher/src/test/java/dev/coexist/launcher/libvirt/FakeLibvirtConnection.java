package dev.coexist.launcher.libvirt;

import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory {@link LibvirtConnection} following libvirt's state machine. Events are delivered
 * synchronously. {@link #crash(String)} simulates QEMU dying; {@link #guestPowersOff(String)} a
 * guest that honoured the ACPI button; {@link #ignoreAcpi} a guest that ignores it.
 */
public final class FakeLibvirtConnection implements LibvirtConnection {
  private final Map<String, DomainStatus> domains = new ConcurrentHashMap<>();
  private final Map<String, String> xmls = new ConcurrentHashMap<>();
  private final List<Consumer<LifecycleEvent>> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean ignoreAcpi;

  /** Makes ACPI shutdown requests do nothing (a guest without acpid). */
  public void ignoreAcpi(boolean ignore) {
    this.ignoreAcpi = ignore;
  }

  /** The last XML defined for a domain. */
  public String xml(String name) {
    return xmls.get(name);
  }

  /** QEMU died under the domain. */
  public void crash(String name) {
    set(name, DomainState.SHUT_OFF, "crashed", "STOPPED", "FAILED");
  }

  /** The guest powered itself off. */
  public void guestPowersOff(String name) {
    set(name, DomainState.SHUT_OFF, "shutdown", "STOPPED", "SHUTDOWN");
  }

  @Override
  public void define(String name, String domainXml) {
    DomainStatus prev = domains.get(name);
    xmls.put(name, domainXml);
    if (prev == null) {
      set(name, DomainState.SHUT_OFF, "unknown", "DEFINED", "ADDED");
    } else {
      emit(name, "DEFINED", "UPDATED");
    }
  }

  @Override
  public void start(String name) {
    require(name, DomainState.SHUT_OFF, "start");
    set(name, DomainState.RUNNING, "booted", "STARTED", "BOOTED");
  }

  @Override
  public void pause(String name) {
    require(name, DomainState.RUNNING, "pause");
    set(name, DomainState.PAUSED, "user", "SUSPENDED", "PAUSED");
  }

  @Override
  public void resume(String name) {
    require(name, DomainState.PAUSED, "resume");
    set(name, DomainState.RUNNING, "unpaused", "RESUMED", "UNPAUSED");
  }

  @Override
  public void reset(String name) {
    requireActive(name, "reset");
  }

  @Override
  public void softReboot(String name) {
    requireActive(name, "soft reboot");
  }

  @Override
  public void shutdown(String name) {
    requireActive(name, "shutdown");
    if (!ignoreAcpi && domains.get(name).state() == DomainState.RUNNING) {
      guestPowersOff(name);
    }
  }

  @Override
  public void destroy(String name) {
    requireActive(name, "destroy");
    set(name, DomainState.SHUT_OFF, "destroyed", "STOPPED", "DESTROYED");
  }

  @Override
  public void undefine(String name) {
    DomainStatus s = domains.get(name);
    if (s == null) {
      return;
    }
    if (s.active()) {
      throw new LibvirtFailure("undefine " + name + ": domain is active");
    }
    domains.remove(name);
    xmls.remove(name);
    emit(name, "UNDEFINED", "REMOVED");
  }

  @Override
  public DomainStatus status(String name) {
    return domains.getOrDefault(name, DomainStatus.absent());
  }

  @Override
  public DomainStats stats(String name) {
    requireActive(name, "stats");
    return new DomainStats(1_000_000L, 1, 262144, 262144);
  }

  @Override
  public AutoCloseable watch(Consumer<LifecycleEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public void close() {
    listeners.clear();
  }

  private void require(String name, DomainState state, String op) {
    DomainStatus s = domains.get(name);
    if (s == null) {
      throw new LibvirtFailure(op + " " + name + ": Domain not found");
    }
    if (s.state() != state) {
      throw new LibvirtFailure(op + " " + name + ": domain is " + s.state());
    }
  }

  private void requireActive(String name, String op) {
    DomainStatus s = domains.get(name);
    if (s == null || !s.active()) {
      throw new LibvirtFailure(op + " " + name + ": domain is not running");
    }
  }

  private void set(String name, DomainState state, String reason, String event, String detail) {
    domains.put(name, new DomainStatus(name, state, reason));
    emit(name, event, detail);
  }

  private void emit(String name, String event, String detail) {
    LifecycleEvent e = new LifecycleEvent(name, event, detail);
    listeners.forEach(l -> l.accept(e));
  }
}
