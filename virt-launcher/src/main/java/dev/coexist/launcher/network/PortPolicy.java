package dev.coexist.launcher.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Which host port serves a guest port. */
public interface PortPolicy {

  /** The forward for guest port {@code guestPort}. */
  PortForward forward(String proto, int guestPort);

  /** Whether an interface without declared ports forwards every port. */
  boolean forwardAllWhenNoneDeclared();

  /** In a pod: the pod's own port on all of its addresses, like KubeVirt's masquerade. */
  static PortPolicy pod() {
    return new PortPolicy() {
      @Override
      public PortForward forward(String proto, int guestPort) {
        return new PortForward(proto, null, guestPort, guestPort);
      }

      @Override
      public boolean forwardAllWhenNoneDeclared() {
        return true;
      }
    };
  }

  /**
   * Standalone on a shared host: a free loopback port per guest port (the host's own ports are left
   * alone), and nothing forwarded unless declared.
   */
  static PortPolicy loopbackEphemeral() {
    return new PortPolicy() {
      @Override
      public PortForward forward(String proto, int guestPort) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
          return new PortForward(proto, "127.0.0.1", s.getLocalPort(), guestPort);
        } catch (IOException e) {
          throw new UncheckedIOException("finding a free loopback port", e);
        }
      }

      @Override
      public boolean forwardAllWhenNoneDeclared() {
        return false;
      }
    };
  }
}
