package dev.coexist.crds.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Constants of the launcher protocol: versions and the socket names in the socket dir. */
public final class LauncherProtocol {
  /**
   * The build-time resource holding {@link #VERSION} (Maven {@code
   * coexist.launcher.protocol.version}).
   */
  static final String VERSION_RESOURCE = "protocol.properties";

  /**
   * The version this build speaks: 2 unless built with another {@code
   * coexist.launcher.protocol.version} (the upgrade e2e's image B speaks 3). Version 1 had no
   * {@code gracePeriodSeconds} on {@code SHUTDOWN}; a v1 shutdown uses the grace period of the last
   * synced VMI. Version 3 changes nothing on the wire: it exists to prove that a handler drives
   * launchers of an older version ({@code docs/hco.md}, Upgrade).
   */
  public static final int VERSION = buildVersion();

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

  private static int buildVersion() {
    Properties p = new Properties();
    try (InputStream in = LauncherProtocol.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            VERSION_RESOURCE + " missing next to LauncherProtocol: the crds jar is incomplete");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + VERSION_RESOURCE, e);
    }
    return parseVersion(p.getProperty("version"));
  }

  /**
   * The protocol version in {@code text}: an integer of at least 1 (names the property on error).
   */
  static int parseVersion(String text) {
    int v;
    try {
      v = Integer.parseInt(text == null ? "" : text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(badVersion(text), e);
    }
    if (v < 1) {
      throw new IllegalArgumentException(badVersion(text));
    }
    return v;
  }

  private static String badVersion(String text) {
    return VERSION_RESOURCE
        + ": version must be an integer >= 1 (Maven property coexist.launcher.protocol.version),"
        + " got '"
        + text
        + "'";
  }

  /** Whether a request of this version is understood. */
  public static boolean supports(int version) {
    return version >= OLDEST_SUPPORTED_VERSION && version <= VERSION;
  }
}
