package dev.coexist.launcher.libvirt;

import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import java.util.function.Consumer;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.libvirt.event.LifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link LibvirtConnection} over libvirt-java 0.5.4 (JNA) to a libvirtd socket. */
public final class LibvirtJavaConnection implements LibvirtConnection {
  private static final Logger LOG = LoggerFactory.getLogger(LibvirtJavaConnection.class);

  /** libvirt's {@code VIR_DOMAIN_REBOOT_ACPI_POWER_BTN}. */
  private static final int REBOOT_ACPI_POWER_BTN = 1;

  /** One libvirt call that may throw. */
  @FunctionalInterface
  private interface DomainCall {
    void apply(Domain d) throws LibvirtException;
  }

  private final String uri;
  private final Connect connect;
  private final DomainStateCall stateCall;

  private LibvirtJavaConnection(String uri, Connect connect, DomainStateCall stateCall) {
    this.uri = uri;
    this.connect = connect;
    this.stateCall = stateCall;
  }

  /** Connects to the daemon at {@code uri}, e.g. {@code qemu+unix:///system?socket=...}. */
  public static LibvirtJavaConnection open(String uri) {
    LibvirtEventLoop.ensureRunning();
    try {
      Connect c = new Connect(uri);
      LOG.info("connected to {} (libvirt {})", uri, c.getLibVersion());
      return new LibvirtJavaConnection(uri, c, new DomainStateCall(uri));
    } catch (LibvirtException e) {
      throw new LibvirtFailure("connecting to " + uri + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void define(String name, String domainXml) {
    try {
      connect.domainDefineXML(domainXml);
    } catch (LibvirtException e) {
      throw new LibvirtFailure("define " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void start(String name) {
    call("start", name, Domain::create);
  }

  @Override
  public void pause(String name) {
    call("pause", name, Domain::suspend);
  }

  @Override
  public void resume(String name) {
    call("resume", name, Domain::resume);
  }

  @Override
  public void reset(String name) {
    call("reset", name, Domain::reset);
  }

  @Override
  public void softReboot(String name) {
    call("soft reboot", name, d -> d.reboot(REBOOT_ACPI_POWER_BTN));
  }

  @Override
  public void shutdown(String name) {
    call("shutdown", name, Domain::shutdown);
  }

  @Override
  public void destroy(String name) {
    call("destroy", name, Domain::destroy);
  }

  @Override
  public void undefine(String name) {
    if (stateCall.status(name).state() == DomainState.ABSENT) {
      return;
    }
    call("undefine", name, Domain::undefine);
  }

  @Override
  public DomainStatus status(String name) {
    return stateCall.status(name);
  }

  @Override
  public DomainStats stats(String name) {
    try {
      DomainInfo info = connect.domainLookupByName(name).getInfo();
      return new DomainStats(info.cpuTime, info.nrVirtCpu, info.memory, info.maxMem);
    } catch (LibvirtException e) {
      throw new LibvirtFailure("stats " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public AutoCloseable watch(Consumer<LifecycleEvent> listener) {
    LifecycleListener l =
        (domain, event) -> {
          try {
            listener.accept(
                new LifecycleEvent(
                    domain.getName(), event.getType().name(), String.valueOf(event.getDetail())));
          } catch (LibvirtException | RuntimeException e) {
            LOG.warn("domain event listener failed on {}", event, e);
          }
          return 0;
        };
    try {
      connect.addLifecycleListener(l);
    } catch (LibvirtException e) {
      throw new LibvirtFailure("subscribing to domain events: " + e.getMessage(), e);
    }
    return () -> {
      try {
        connect.removeLifecycleListener(l);
      } catch (LibvirtException e) {
        throw new LibvirtFailure("unsubscribing from domain events: " + e.getMessage(), e);
      }
    };
  }

  @Override
  public void close() {
    stateCall.close();
    try {
      connect.close();
    } catch (LibvirtException e) {
      throw new LibvirtFailure("closing " + uri + ": " + e.getMessage(), e);
    }
  }

  private void call(String op, String name, DomainCall fn) {
    try {
      fn.apply(connect.domainLookupByName(name));
    } catch (LibvirtException e) {
      throw new LibvirtFailure(op + " " + name + ": " + e.getMessage(), e);
    }
  }
}
