package dev.coexist.handler.launcher;

import dev.coexist.crds.launcher.LauncherProtocol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a launcher pod's unix sockets are, as seen from the node agent: the pod's {@code sockets}
 * emptyDir under the kubelet pods dir, {@code <podsDir>/<podUID>/volumes/kubernetes.io~empty-dir/
 * sockets/}. Pure: computes paths, touches no file.
 *
 * @param dir the socket dir of the launcher
 * @param command the command socket ({@link LauncherProtocol#COMMAND_SOCKET})
 * @param serial the serial console socket ({@link LauncherProtocol#SERIAL_SOCKET})
 * @param vnc the VNC socket ({@link LauncherProtocol#VNC_SOCKET})
 */
public record LauncherSockets(Path dir, Path command, Path serial, Path vnc) {

  /** The name of the launcher pod's emptyDir volume that holds the sockets. */
  public static final String SOCKETS_VOLUME = "sockets";

  /** The kubelet's directory of emptyDir volumes inside a pod's directory. */
  public static final String EMPTY_DIR_PLUGIN_DIR = "volumes/kubernetes.io~empty-dir";

  private static final Pattern POD_UID = Pattern.compile("[0-9a-fA-F-]{1,64}");

  /**
   * The sockets of the launcher pod with this UID.
   *
   * @throws IllegalArgumentException when the UID is not a UID, or when a socket path would be
   *     longer than the kernel's {@code sun_path} limit ({@value
   *     LauncherProtocol#MAX_SOCKET_PATH_BYTES} bytes): mount the kubelet pods dir at a shorter
   *     path
   */
  public static LauncherSockets of(Path podsDir, String podUid) {
    if (podUid == null || !POD_UID.matcher(podUid).matches()) {
      throw new IllegalArgumentException(
          "metadata.uid: launcher pod UID " + podUid + " is not a Kubernetes UID");
    }
    Path dir = podsDir.resolve(podUid).resolve(EMPTY_DIR_PLUGIN_DIR).resolve(SOCKETS_VOLUME);
    LauncherSockets sockets =
        new LauncherSockets(
            dir,
            dir.resolve(LauncherProtocol.COMMAND_SOCKET),
            dir.resolve(LauncherProtocol.SERIAL_SOCKET),
            dir.resolve(LauncherProtocol.VNC_SOCKET));
    for (Path p : new Path[] {sockets.command, sockets.serial, sockets.vnc}) {
      int bytes = p.toString().getBytes(StandardCharsets.UTF_8).length;
      if (bytes > LauncherProtocol.MAX_SOCKET_PATH_BYTES) {
        throw new IllegalArgumentException(
            "socket path "
                + p
                + " is "
                + bytes
                + " bytes, longer than the "
                + LauncherProtocol.MAX_SOCKET_PATH_BYTES
                + "-byte unix socket limit: mount the kubelet pods dir at a shorter path"
                + " (COEXIST_PODS_DIR, e.g. /pods)");
      }
    }
    return sockets;
  }
}
