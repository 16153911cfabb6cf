package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import java.util.List;
import java.util.Optional;

/**
 * The subresource server's view of VMs and VMIs: reads, JSON patches (with {@code test} operations,
 * so concurrent writers conflict instead of overwriting) and the launcher pod deletion of a forced
 * restart. Implemented by {@link KubernetesVmStore} (the API server) and {@link InMemoryVmStore}
 * (tests); both pass {@code AbstractVmStoreContract}.
 */
public interface VmStore {
  /** What a patch applies to. */
  enum Target {
    /** The VirtualMachine (spec). */
    VM,
    /** The VirtualMachine's status subresource. */
    VM_STATUS,
    /** The VirtualMachineInstance. */
    VMI
  }

  /** The VM, empty if it does not exist. */
  Optional<VirtualMachine> vm(String namespace, String name);

  /** The VMI, empty if it does not exist. */
  Optional<VirtualMachineInstance> vmi(String namespace, String name);

  /**
   * Applies a JSON patch; with {@code dryRun} validates it without persisting.
   *
   * @throws PatchConflictException when a {@code test} operation fails or the object is gone
   */
  void patch(Target target, String namespace, String name, List<PatchOp> ops, boolean dryRun);

  /** Deletes the running launcher pods of this VMI with a 1 s grace period; true if any. */
  boolean deleteLauncherPods(String namespace, VirtualMachineInstance vmi);

  /** A patch whose {@code test} failed, or whose object is gone. */
  final class PatchConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With the reason. */
    public PatchConflictException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
