package dev.coexist.launcher.network;

import java.nio.file.Path;
import java.util.List;

/**
 * One guest NIC served by a launcher-run passt.
 *
 * @param alias the libvirt alias ({@code ua-<vmi interface name>}), also the QEMU device id
 * @param mac the guest MAC
 * @param socket passt's unix socket QEMU connects to
 * @param forwards ports forwarded to the guest; empty with {@code forwardAll} false forwards none
 * @param forwardAll forward every port (a pod interface without declared ports, like KubeVirt)
 */
public record PasstInterface(
    String alias, String mac, Path socket, List<PortForward> forwards, boolean forwardAll) {}
