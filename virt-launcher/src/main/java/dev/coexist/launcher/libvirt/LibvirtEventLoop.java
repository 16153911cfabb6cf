package dev.coexist.launcher.libvirt;

import org.libvirt.Library;
import org.libvirt.LibvirtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libvirt's default event loop, run on one daemon thread. libvirt's loop is process-wide, so there
 * is exactly one per JVM: {@link #ensureRunning()} starts it on first use (a lazy holder, never
 * reassigned) and it runs until the JVM exits.
 */
public final class LibvirtEventLoop {
  private static final Logger LOG = LoggerFactory.getLogger(LibvirtEventLoop.class);

  private LibvirtEventLoop() {}

  private static final class Holder {
    private static final Thread LOOP = start();

    private static Thread start() {
      try {
        Library.initEventLoop();
      } catch (LibvirtException e) {
        throw new LibvirtFailure("initializing libvirt's event loop", e);
      }
      Thread t = new Thread(LibvirtEventLoop::run, "libvirt-events");
      t.setDaemon(true);
      t.start();
      return t;
    }
  }

  private static void run() {
    try {
      Library.runEventLoop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (LibvirtException e) {
      LOG.error("libvirt event loop stopped; domain events are no longer delivered", e);
    }
  }

  /** Starts the loop unless it runs already. Call before opening a connection. */
  public static void ensureRunning() {
    if (!Holder.LOOP.isAlive()) {
      LOG.warn("libvirt event loop thread is not alive");
    }
  }
}
