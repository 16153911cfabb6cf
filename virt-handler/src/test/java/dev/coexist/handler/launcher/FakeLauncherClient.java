package dev.coexist.handler.launcher;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.Command;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherRequest;
import dev.coexist.crds.launcher.LauncherResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A {@link LauncherClient} calling a {@link FakeLauncher} in memory. */
public final class FakeLauncherClient implements LauncherClient {
  private final FakeLauncher launcher;
  private volatile boolean reachable = true;

  /** A client of this fake. */
  public FakeLauncherClient(FakeLauncher launcher) {
    this.launcher = launcher;
  }

  /** Makes every call fail as if the socket were gone. */
  public void unreachable() {
    reachable = false;
  }

  private LauncherResponse call(LauncherRequest r) throws LauncherUnavailableException {
    if (!reachable) {
      throw new LauncherUnavailableException("fake launcher is unreachable");
    }
    return launcher.handle(r);
  }

  private static DomainStatus ok(LauncherResponse r) throws LauncherException {
    if (!r.ok()) {
      throw new LauncherException(r.reason(), r.message(), r.domain());
    }
    return r.domain();
  }

  @Override
  public DomainStatus sync(VirtualMachineInstance vmi, boolean useEmulation)
      throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.sync(vmi, useEmulation)));
  }

  @Override
  public DomainStatus shutdown(long gracePeriodSeconds)
      throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.shutdown(gracePeriodSeconds)));
  }

  @Override
  public DomainStatus kill() throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.of(Command.KILL)));
  }

  @Override
  public DomainStatus pause() throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.of(Command.PAUSE)));
  }

  @Override
  public DomainStatus unpause() throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.of(Command.UNPAUSE)));
  }

  @Override
  public DomainStatus reset() throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.of(Command.RESET)));
  }

  @Override
  public DomainStatus softReboot() throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.of(Command.SOFT_REBOOT)));
  }

  @Override
  public DomainStatus getDomain() throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.of(Command.GET_DOMAIN)));
  }

  @Override
  public Optional<DomainStats> getStats() throws LauncherException, LauncherUnavailableException {
    LauncherResponse r = call(LauncherRequest.of(Command.GET_STATS));
    if (!r.ok() && r.reason() == ErrorReason.NO_DOMAIN) {
      return Optional.empty();
    }
    ok(r);
    return Optional.ofNullable(r.stats());
  }

  @Override
  public boolean ping() {
    return reachable && launcher.handle(LauncherRequest.of(Command.PING)).ok();
  }

  @Override
  public Watch watch(Consumer<DomainEvent> onEvent, Runnable onEnd)
      throws LauncherUnavailableException {
    call(LauncherRequest.of(Command.WATCH));
    Runnable unsubscribe = launcher.subscribe(onEvent);
    AtomicBoolean open = new AtomicBoolean(true);
    return new Watch() {
      @Override
      public boolean isOpen() {
        return open.get();
      }

      @Override
      public void close() {
        if (open.compareAndSet(true, false)) {
          unsubscribe.run();
          onEnd.run();
        }
      }
    };
  }
}
