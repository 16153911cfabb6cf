package dev.coexist.handler.launcher;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.crds.launcher.LauncherRequest;
import dev.coexist.crds.launcher.LauncherResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory launcher: the protocol's state machine without libvirt. Serves {@link
 * LauncherRequest}s (used by {@link FakeLauncherClient} directly and by {@link FakeLauncherServer}
 * over a socket) and records what it was asked. It speaks {@link LauncherProtocol#VERSION} unless
 * made as a launcher of an older version (what a handler meets after an upgrade).
 */
public final class FakeLauncher {
  private final int version;
  private final List<Integer> requestVersions = new CopyOnWriteArrayList<>();
  private DomainStatus domain = DomainStatus.absent();
  private VirtualMachineInstance synced;
  private Boolean lastEmulation;
  private long lastGrace = -1;
  private long cpuNanos;
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private final List<Consumer<DomainEvent>> watchers = new CopyOnWriteArrayList<>();
  private String invalidSpec;

  /** A launcher of this build's protocol version. */
  public FakeLauncher() {
    this(LauncherProtocol.VERSION);
  }

  /** A launcher speaking protocol {@code version} (accepting the oldest supported up to it). */
  public FakeLauncher(int version) {
    this.version = version;
  }

  /** Serves one request; the answer carries this launcher's version. */
  public synchronized LauncherResponse handle(LauncherRequest r) {
    commands.add(r.command().name());
    requestVersions.add(r.version());
    LauncherResponse answer;
    if (r.version() < LauncherProtocol.OLDEST_SUPPORTED_VERSION || r.version() > version) {
      answer =
          LauncherResponse.failure(
              ErrorReason.BAD_REQUEST, "unsupported version " + r.version(), domain);
    } else {
      answer = serve(r);
    }
    return new LauncherResponse(
        version, answer.ok(), answer.reason(), answer.message(), answer.domain(), answer.stats());
  }

  private LauncherResponse serve(LauncherRequest r) {
    switch (r.command()) {
      case SYNC:
        return sync(r);
      case SHUTDOWN:
        lastGrace = r.gracePeriodSeconds() == null ? -1 : r.gracePeriodSeconds();
        return needsActive(() -> change(DomainState.SHUT_OFF, "shutdown", "STOPPED", "SHUTDOWN"));
      case KILL:
        return needsActive(() -> change(DomainState.SHUT_OFF, "destroyed", "STOPPED", "DESTROYED"));
      case PAUSE:
        return needsActive(() -> change(DomainState.PAUSED, "user", "SUSPENDED", "PAUSED"));
      case UNPAUSE:
        return needsActive(() -> change(DomainState.RUNNING, "unpaused", "RESUMED", "UNPAUSED"));
      case RESET:
      case SOFT_REBOOT:
        return needsActive(() -> {});
      case GET_STATS:
        if (!domain.active()) {
          return LauncherResponse.failure(ErrorReason.NO_DOMAIN, "no active domain", domain);
        }
        cpuNanos += 1_500_000_000L;
        return LauncherResponse.withStats(domain, new DomainStats(cpuNanos, 1, 131072, 131072));
      case GET_DOMAIN:
      case PING:
      case WATCH:
      default:
        return LauncherResponse.success(domain);
    }
  }

  private LauncherResponse sync(LauncherRequest r) {
    if (r.vmi() == null) {
      return LauncherResponse.failure(ErrorReason.BAD_REQUEST, "vmi: required for SYNC", domain);
    }
    if (invalidSpec != null) {
      return LauncherResponse.failure(ErrorReason.INVALID_SPEC, invalidSpec, domain);
    }
    synced = r.vmi();
    lastEmulation = r.useEmulation();
    if (!domain.active()) {
      String name = r.vmi().getMetadata().getNamespace() + "_" + r.vmi().getMetadata().getName();
      domain = new DomainStatus(name, DomainState.SHUT_OFF, "unknown");
      change(DomainState.RUNNING, "booted", "STARTED", "BOOTED");
    }
    return LauncherResponse.success(domain);
  }

  private LauncherResponse needsActive(Runnable action) {
    if (!domain.active()) {
      return LauncherResponse.failure(ErrorReason.NO_DOMAIN, "no active domain", domain);
    }
    action.run();
    return LauncherResponse.success(domain);
  }

  private void change(DomainState state, String reason, String event, String detail) {
    domain = new DomainStatus(domain.name(), state, reason);
    DomainEvent e = new DomainEvent(version, event, detail, domain, System.currentTimeMillis());
    watchers.forEach(w -> w.accept(e));
  }

  /** QEMU dies under the guest (as if killed by a signal). */
  public synchronized void crash() {
    change(DomainState.SHUT_OFF, "crashed", "STOPPED", "FAILED");
  }

  /** The guest powers itself off. */
  public synchronized void guestPowerOff() {
    change(DomainState.SHUT_OFF, "shutdown", "STOPPED", "SHUTDOWN");
  }

  /** Makes the next syncs fail with INVALID_SPEC and this message. */
  public synchronized void rejectSpec(String message) {
    invalidSpec = message;
  }

  /** Subscribes to events; returns the unsubscriber. */
  public Runnable subscribe(Consumer<DomainEvent> w) {
    watchers.add(w);
    return () -> watchers.remove(w);
  }

  /** The commands received, in order. */
  public List<String> commands() {
    return new ArrayList<>(commands);
  }

  /** The protocol versions of the requests received, in order. */
  public List<Integer> requestVersions() {
    return new ArrayList<>(requestVersions);
  }

  /** How many SYNCs were received. */
  public long syncs() {
    return commands.stream().filter("SYNC"::equals).count();
  }

  /** The emulation flag of the last SYNC. */
  public synchronized Boolean lastEmulation() {
    return lastEmulation;
  }

  /** The grace period of the last SHUTDOWN. */
  public synchronized long lastGrace() {
    return lastGrace;
  }

  /** The VMI of the last SYNC. */
  public synchronized VirtualMachineInstance synced() {
    return synced;
  }

  /** The domain now. */
  public synchronized DomainStatus domain() {
    return domain;
  }
}
