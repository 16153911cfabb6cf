package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import io.fabric8.kubernetes.api.model.Status;
import java.util.Optional;
import java.util.Set;

/**
 * The VMI subresources proxied to virt-handler, and KubeVirt's checks before proxying them. Pure.
 */
public final class VmiActions {
  private static final Set<String> ACTIONS = Set.of("pause", "unpause", "reset", "softreboot");
  private static final Set<String> GUEST_INFO = Set.of("guestosinfo", "userlist", "filesystemlist");

  private VmiActions() {}

  /** Whether this is a {@code PUT} action proxied to the handler. */
  public static boolean isAction(String subresource) {
    return ACTIONS.contains(subresource);
  }

  /** Whether this is a {@code GET} of guest agent data. */
  public static boolean isGuestInfo(String subresource) {
    return GUEST_INFO.contains(subresource);
  }

  /** KubeVirt's 409/403 for an action the VMI's state does not allow, else empty. */
  public static Optional<Status> validate(String action, VirtualMachineInstance vmi) {
    String name = vmi.getMetadata().getName();
    boolean running = Lifecycle.phase(vmi) == VirtualMachineInstancePhase.RUNNING;
    boolean paused = SubresourceApi.hasCondition(vmi, "Paused");
    switch (action) {
      case "pause":
        if (!running) {
          return Optional.of(ApiStatus.conflict(ApiStatus.VMI, name, Lifecycle.NOT_RUNNING));
        }
        if (vmi.getSpec() != null && vmi.getSpec().getLivenessProbe() != null) {
          return Optional.of(
              ApiStatus.forbidden(
                  ApiStatus.VMI + "." + ApiStatus.GROUP,
                  name,
                  "Pausing VMIs with LivenessProbe is currently not supported"));
        }
        return paused
            ? Optional.of(ApiStatus.conflict(ApiStatus.VMI, name, "VMI is already paused"))
            : Optional.empty();
      case "unpause":
        if (!running) {
          return Optional.of(ApiStatus.conflict(ApiStatus.VMI, name, "VMI is not running"));
        }
        return paused
            ? Optional.empty()
            : Optional.of(ApiStatus.conflict(ApiStatus.VMI, name, "VMI is not paused"));
      case "softreboot":
        if (!running) {
          return Optional.of(ApiStatus.conflict(ApiStatus.VMI, name, Lifecycle.NOT_RUNNING));
        }
        return paused
            ? Optional.of(ApiStatus.conflict(ApiStatus.VMI, name, "VMI is paused"))
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** The error text of a failed action; reset names the phase of a VMI that is not running. */
  public static String describeFailure(String action, VirtualMachineInstance vmi, String why) {
    VirtualMachineInstancePhase phase = Lifecycle.phase(vmi);
    if ("reset".equals(action) && phase != VirtualMachineInstancePhase.RUNNING) {
      return "Failed to reset non-running VMI with phase " + phase.value() + ": " + why;
    }
    return why;
  }

  /** The node the VMI runs on, empty if not scheduled. */
  public static Optional<String> node(VirtualMachineInstance vmi) {
    return Optional.ofNullable(vmi.getStatus())
        .map(VirtualMachineInstanceStatus::getNodeName)
        .filter(n -> !n.isEmpty());
  }
}
