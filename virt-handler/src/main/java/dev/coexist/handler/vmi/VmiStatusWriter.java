package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import java.util.function.Function;

/** Writes a VMI's status (the VMI has no status subresource: an ordinary update). */
public interface VmiStatusWriter {
  /**
   * Computes the status from the latest VMI and writes it if it differs, retrying on conflicts.
   *
   * @param cached the VMI as the handler last saw it (tried first)
   * @param desired the status for a given VMI
   * @return true when a write happened
   */
  boolean write(
      VirtualMachineInstance cached,
      Function<VirtualMachineInstance, VirtualMachineInstanceStatus> desired);
}
