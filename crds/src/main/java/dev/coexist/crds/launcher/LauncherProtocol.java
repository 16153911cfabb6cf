package dev.coexist.crds.launcher;

/** Constants of the launcher protocol: versions and the socket names in the socket dir. */
public final class LauncherProtocol {
  /**
   * The version this build speaks. Version 1 had no {@code gracePeriodSeconds} on {@code SHUTDOWN};
   * a v1 shutdown uses the grace period of the last synced VMI.
   */
  public static final int VERSION = 2;

  /** The oldest request version a launcher still accepts. */
  public static final int OLDEST_SUPPORTED_VERSION = 1;

  /** The command socket, relative to the launcher's socket dir. */
  public static final String COMMAND_SOCKET = "cmd.sock";

  /** The guest's serial console (raw bytes both ways), relative to the socket dir. */
  public static final String SERIAL_SOCKET = "serial.sock";

  /** The guest's VNC display (RFB), relative to the socket dir. */
  public static final String VNC_SOCKET = "vnc.sock";

  /** The bounded serial console log, relative to the launcher's log dir (launcher-rotated). */
  public static final String SERIAL_LOG = "serial.log";

  /** The longest unix socket path the kernel accepts ({@code sun_path} minus the NUL). */
  public static final int MAX_SOCKET_PATH_BYTES = 107;

  private LauncherProtocol() {}

  /** Whether a request of this version is understood. */
  public static boolean supports(int version) {
    return version >= OLDEST_SUPPORTED_VERSION && version <= VERSION;
  }
}
