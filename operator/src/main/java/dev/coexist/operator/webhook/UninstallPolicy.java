package dev.coexist.operator.webhook;

import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.hco.v1beta1.HyperConvergedUninstallStrategy;
import java.util.List;
import java.util.stream.Stream;

/** Whether deleting the HyperConverged CR may go ahead (pure). */
public final class UninstallPolicy {

  /** The answer: allowed, or refused with a message for the user. */
  public record Decision(boolean allowed, String message) {
    static Decision allow() {
      return new Decision(true, null);
    }
  }

  private static final int EXAMPLES = 3;

  private UninstallPolicy() {}

  /**
   * Decides a deletion.
   *
   * @param strategy the CR's {@code spec.uninstallStrategy} (null: the default,
   *     BlockUninstallIfWorkloadsExist)
   */
  public static Decision decide(
      String name, HyperConvergedUninstallStrategy strategy, Workloads.Inventory inventory) {
    HyperConvergedUninstallStrategy s =
        strategy == null
            ? HyperConvergedUninstallStrategy.BLOCK_UNINSTALL_IF_WORKLOADS_EXIST
            : strategy;
    if (s == HyperConvergedUninstallStrategy.REMOVE_WORKLOADS || inventory.empty()) {
      return Decision.allow();
    }
    List<String> examples =
        Stream.concat(
                inventory.virtualMachines().stream().map(n -> "VirtualMachine " + n),
                inventory.dataVolumes().stream().map(n -> "DataVolume " + n))
            .limit(EXAMPLES)
            .toList();
    return new Decision(
        false,
        "deleting "
            + HyperConverged.KIND
            + " "
            + name
            + " is refused: spec.uninstallStrategy is "
            + s.value()
            + " and "
            + inventory.virtualMachines().size()
            + " VirtualMachine(s) and "
            + inventory.dataVolumes().size()
            + " DataVolume(s) still exist ("
            + String.join(", ", examples)
            + (inventory.virtualMachines().size() + inventory.dataVolumes().size() > EXAMPLES
                ? ", ..."
                : "")
            + "); delete them first, or set spec.uninstallStrategy to "
            + HyperConvergedUninstallStrategy.REMOVE_WORKLOADS.value()
            + " to delete them with the installation");
  }
}
