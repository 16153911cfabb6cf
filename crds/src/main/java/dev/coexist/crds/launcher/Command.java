package dev.coexist.crds.launcher;

/** What a {@link LauncherRequest} asks the launcher to do. */
public enum Command {
  /** Make the domain match {@link LauncherRequest#vmi()}: resolve volumes, define, start. */
  SYNC,
  /** ACPI power button, then destroy after the grace period. */
  SHUTDOWN,
  /** Destroy the domain at once. */
  KILL,
  /** Pause the guest's vCPUs. */
  PAUSE,
  /** Resume a paused guest. */
  UNPAUSE,
  /** Hard reset, like the reset button. */
  RESET,
  /**
   * Soft reboot: the ACPI power button with libvirt's reboot semantics (the guest shuts down and
   * libvirt starts it again in the same QEMU), KubeVirt's softreboot without a guest agent.
   */
  SOFT_REBOOT,
  /** The domain's state and reason. */
  GET_DOMAIN,
  /** CPU, memory, disk and network counters. */
  GET_STATS,
  /** Liveness of the launcher. */
  PING,
  /** The response, then one {@link DomainEvent} line per lifecycle change. */
  WATCH
}
