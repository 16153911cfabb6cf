package dev.coexist.launcher.network;

/**
 * One forwarded port.
 *
 * @param proto {@code tcp} or {@code udp}
 * @param hostAddress the address passt binds, or null for all (the pod's)
 * @param hostPort the port passt listens on
 * @param guestPort the guest's port
 */
public record PortForward(String proto, String hostAddress, int hostPort, int guestPort) {

  /** passt's {@code -t}/{@code -u} spec for this forward. */
  public String passtSpec() {
    String host = hostAddress == null ? "" : hostAddress + "/";
    return host + hostPort + ":" + guestPort;
  }
}
