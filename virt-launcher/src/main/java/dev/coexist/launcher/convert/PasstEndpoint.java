package dev.coexist.launcher.convert;

import java.util.List;

/**
 * A passt instance the launcher must start before the domain, one per masquerade (or passt)
 * interface. QEMU connects the interface's NIC to {@code socket} ({@code -netdev stream}); passt
 * forwards the listed ports of the pod to the guest, and gives the guest the pod's address by DHCP.
 * Debian 12's libvirt has its own passt support patched out, so the launcher runs passt itself:
 * e.g. {@code passt --foreground --one-off --socket SOCKET --tcp-ports 22,80 --udp-ports 53}.
 *
 * @param interfaceName the VMI interface ({@code spec.domain.devices.interfaces[].name})
 * @param netdevId the QEMU netdev id in the domain
 * @param socket the unix socket passt listens on and QEMU connects to
 * @param tcpPorts TCP ports to forward, ascending
 * @param udpPorts UDP ports to forward, ascending
 * @param allPorts true when the VMI declares no ports: KubeVirt's masquerade then forwards every
 *     port (passt {@code -t all -u all}); the port lists are empty
 */
public record PasstEndpoint(
    String interfaceName,
    String netdevId,
    String socket,
    List<Integer> tcpPorts,
    List<Integer> udpPorts,
    boolean allPorts) {

  public PasstEndpoint {
    tcpPorts = List.copyOf(tcpPorts);
    udpPorts = List.copyOf(udpPorts);
  }
}
