package dev.coexist.handler.vmi;

/** The CamelCase reasons the handler writes into VMI {@code status.reason} and conditions. */
public final class VmiReasons {
  /** Succeeded: the guest powered itself off. */
  public static final String GUEST_SHUTDOWN = "GuestShutdown";

  /** Succeeded: the VMI (or its pod) was deleted and the domain stopped. */
  public static final String STOPPED = "Stopped";

  /** Failed: QEMU crashed or was killed. */
  public static final String GUEST_CRASHED = "GuestCrashed";

  /** Failed: the domain was destroyed though nobody asked the handler to stop it. */
  public static final String DOMAIN_DESTROYED = "DomainDestroyed";

  /** Failed: the domain vanished from a running launcher. */
  public static final String DOMAIN_LOST = "DomainLost";

  /** Failed: the launcher pod terminated before the VMI was stopped. */
  public static final String LAUNCHER_TERMINATED = "LauncherTerminated";

  /** Failed / Synchronized=False: the launcher rejected the spec (the message names the field). */
  public static final String INVALID_SPEC = "InvalidSpec";

  /** Synchronized=False: the launcher failed to start the domain; retried. */
  public static final String SYNC_FAILED = "SyncFailed";

  /** SoftwareEmulation=True: the node has no usable KVM. */
  public static final String SOFTWARE_EMULATION = "SoftwareEmulationEnabled";

  private VmiReasons() {}
}
