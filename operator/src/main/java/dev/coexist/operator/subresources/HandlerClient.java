package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;

/**
 * Calls virt-handler's console server (port 8186, mutual TLS) on the node of a VMI, with KubeVirt's
 * URI layout {@code /v1/namespaces/<ns>/virtualmachineinstances/<name>/<action>}. {@link
 * VertxHandlerClient} is the real one.
 */
public interface HandlerClient {
  /**
   * A handler's answer.
   *
   * @param code the HTTP status
   * @param body the body
   */
  record Response(int code, String body) {}

  /**
   * {@code PUT} an action ({@code pause}, {@code unpause}, {@code reset}, {@code softreboot}).
   *
   * @throws HandlerUnavailableException when no handler serves the VMI's node or it cannot be
   *     reached
   */
  Response put(VirtualMachineInstance vmi, String action, byte[] body);

  /** {@code GET} a JSON document ({@code guestosinfo}, {@code userlist}, ...). */
  Response get(VirtualMachineInstance vmi, String what);

  /** No handler could be reached for a VMI. */
  final class HandlerUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With the reason. */
    public HandlerUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
