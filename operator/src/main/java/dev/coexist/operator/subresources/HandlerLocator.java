package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;

/** Finds the address of the virt-handler serving a VMI's node. */
@FunctionalInterface
public interface HandlerLocator {
  /**
   * The handler's IP or host name.
   *
   * @throws HandlerClient.HandlerUnavailableException when no handler serves the node
   */
  String address(VirtualMachineInstance vmi);
}
