package dev.coexist.operator.vmi.model;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.Volume;
import java.util.List;
import java.util.Optional;

/** The PVCs a VMI mounts: PVC volumes, DataVolumes (a PVC of the same name) and ephemerals. */
public final class ClaimNames {

  private ClaimNames() {}

  /** The claim a volume mounts, if it mounts one. */
  public static Optional<String> of(Volume v) {
    if (v.getPersistentVolumeClaim() != null) {
      return Optional.ofNullable(v.getPersistentVolumeClaim().getClaimName());
    }
    if (v.getDataVolume() != null) {
      return Optional.ofNullable(v.getDataVolume().getName());
    }
    if (v.getEphemeral() != null && v.getEphemeral().getPersistentVolumeClaim() != null) {
      return Optional.ofNullable(v.getEphemeral().getPersistentVolumeClaim().getClaimName());
    }
    return Optional.empty();
  }

  /** Every claim the VMI mounts, in volume order. */
  public static List<String> of(VirtualMachineInstance vmi) {
    return Optional.ofNullable(vmi.getSpec())
        .map(VirtualMachineInstanceSpec::getVolumes)
        .orElse(List.of())
        .stream()
        .map(ClaimNames::of)
        .flatMap(Optional::stream)
        .distinct()
        .toList();
  }
}
