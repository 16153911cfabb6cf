package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.vertx.core.Future;
import io.vertx.core.http.WebSocket;

/** Opens a stream (console, VNC) to the virt-handler serving a VMI. */
@FunctionalInterface
public interface StreamDialer {
  /**
   * Opens the handler's websocket.
   *
   * @param what {@code console} or {@code vnc}
   * @param query the query string passed on (e.g. {@code preserveSession=true}), may be empty
   */
  Future<WebSocket> open(VirtualMachineInstance vmi, String what, String query);
}
