package dev.coexist.crds.launcher;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;

/**
 * One command to a launcher, written as one JSON line on its command socket.
 *
 * @param version the protocol version of the sender ({@link LauncherProtocol#VERSION}); the
 *     launcher accepts {@link LauncherProtocol#OLDEST_SUPPORTED_VERSION} up to its own
 * @param command what to do
 * @param vmi the VMI to run, for {@link Command#SYNC} (else null)
 * @param gracePeriodSeconds for {@link Command#SHUTDOWN}: seconds between the ACPI request and
 *     destroy; null means the synced VMI's {@code terminationGracePeriodSeconds} (default 30)
 * @param useEmulation for {@link Command#SYNC}: virt-handler's per-node decision (KubeVirt's {@code
 *     useEmulation}): true for software emulation (TCG, libvirt type {@code qemu}), false for KVM;
 *     null (older handlers, standalone use) leaves the launcher's own configuration in force
 */
public record LauncherRequest(
    int version,
    Command command,
    VirtualMachineInstance vmi,
    Long gracePeriodSeconds,
    Boolean useEmulation) {

  /** A request without an emulation decision (protocol v2 without {@code useEmulation}). */
  public LauncherRequest(
      int version, Command command, VirtualMachineInstance vmi, Long gracePeriodSeconds) {
    this(version, command, vmi, gracePeriodSeconds, null);
  }

  /** A current-version request without arguments. */
  public static LauncherRequest of(Command command) {
    return new LauncherRequest(LauncherProtocol.VERSION, command, null, null);
  }

  /** A current-version {@code SYNC}. */
  public static LauncherRequest sync(VirtualMachineInstance vmi) {
    return new LauncherRequest(LauncherProtocol.VERSION, Command.SYNC, vmi, null);
  }

  /** A current-version {@code SYNC} carrying the node's emulation decision. */
  public static LauncherRequest sync(VirtualMachineInstance vmi, boolean useEmulation) {
    return new LauncherRequest(LauncherProtocol.VERSION, Command.SYNC, vmi, null, useEmulation);
  }

  /** A current-version {@code SHUTDOWN} with an explicit grace period. */
  public static LauncherRequest shutdown(long gracePeriodSeconds) {
    return new LauncherRequest(
        LauncherProtocol.VERSION, Command.SHUTDOWN, null, gracePeriodSeconds);
  }
}
