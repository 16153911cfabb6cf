package dev.coexist.operator.webhook;

import java.util.List;

/** The workloads that block an uninstall (the I/O seam of the webhook). */
public interface Workloads {

  /**
   * What exists.
   *
   * @param virtualMachines namespace/name of each VirtualMachine
   * @param dataVolumes namespace/name of each DataVolume
   */
  record Inventory(List<String> virtualMachines, List<String> dataVolumes) {
    public Inventory {
      virtualMachines = List.copyOf(virtualMachines);
      dataVolumes = List.copyOf(dataVolumes);
    }

    /** Whether nothing exists. */
    public boolean empty() {
      return virtualMachines.isEmpty() && dataVolumes.isEmpty();
    }
  }

  /** Lists the VMs and DataVolumes of all namespaces. */
  Inventory list();
}
