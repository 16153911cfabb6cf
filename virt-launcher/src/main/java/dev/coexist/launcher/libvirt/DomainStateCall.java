package dev.coexist.launcher.libvirt;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.coexist.crds.launcher.DomainStatus;

/**
 * {@code virDomainGetState} (state <em>and reason</em>), which libvirt-java 0.5.4 does not bind: a
 * direct JNA binding on its own connection to the same daemon.
 */
final class DomainStateCall implements AutoCloseable {
  /** The few libvirt C functions bound here. */
  interface Raw extends Library {
    Pointer virConnectOpen(String uri);

    int virConnectClose(Pointer conn);

    Pointer virDomainLookupByName(Pointer conn, String name);

    int virDomainGetState(Pointer dom, IntByReference state, IntByReference reason, int flags);

    int virDomainFree(Pointer dom);

    void virConnSetErrorFunc(Pointer conn, Pointer userData, ErrorFunc handler);
  }

  /** libvirt's error callback; the errors are returned to the caller instead of printed. */
  interface ErrorFunc extends Callback {
    void invoke(Pointer userData, Pointer error);
  }

  /** Kept referenced for as long as the connection lives (JNA callbacks must not be collected). */
  private final ErrorFunc quiet = (userData, error) -> {};

  private final Raw raw;
  private final Pointer conn;

  DomainStateCall(String uri) {
    this.raw = Native.load("virt", Raw.class);
    this.conn = raw.virConnectOpen(uri);
    if (conn == null) {
      throw new LibvirtFailure("virConnectOpen " + uri + " failed");
    }
    raw.virConnSetErrorFunc(conn, null, quiet);
  }

  /** The status, or ABSENT when no domain has this name. */
  synchronized DomainStatus status(String name) {
    Pointer dom = raw.virDomainLookupByName(conn, name);
    if (dom == null) {
      return DomainStatus.absent();
    }
    try {
      IntByReference state = new IntByReference();
      IntByReference reason = new IntByReference();
      if (raw.virDomainGetState(dom, state, reason, 0) < 0) {
        throw new LibvirtFailure("virDomainGetState " + name + " failed");
      }
      return DomainStates.of(name, state.getValue(), reason.getValue());
    } finally {
      raw.virDomainFree(dom);
    }
  }

  @Override
  public synchronized void close() {
    raw.virConnectClose(conn);
  }
}
