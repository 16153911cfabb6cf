package dev.coexist.operator.vm;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.kubevirt.v1.DataVolumeTemplateSpec;
import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceTemplateSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineSpec;
import dev.coexist.crds.kubevirt.v1.Volume;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A VM's {@code spec.dataVolumeTemplates}: the DataVolumes to create (named as the template, owned
 * and controlled by the VM, as KubeVirt does), the DataVolumes its template's volumes reference,
 * and the start gate: a VMI is created only once every referenced DataVolume that exists has
 * Succeeded (a missing one is left to the VMI, which waits for its PVC: ErrorPvcNotFound). Pure.
 */
public final class DataVolumeTemplates {

  private DataVolumeTemplates() {}

  /** The DataVolumes the VM's templates ask for. */
  public static List<DataVolume> desired(VirtualMachine vm) {
    List<DataVolumeTemplateSpec> templates =
        Optional.ofNullable(vm.getSpec())
            .map(VirtualMachineSpec::getDataVolumeTemplates)
            .orElse(List.of());
    List<DataVolume> out = new ArrayList<>();
    for (int i = 0; i < templates.size(); i++) {
      DataVolumeTemplateSpec t = templates.get(i);
      String path = "spec.dataVolumeTemplates[" + i + "]";
      ObjectMeta m = Optional.ofNullable(t.getMetadata()).orElseGet(ObjectMeta::new);
      if (m.getName() == null || m.getName().isEmpty()) {
        throw new IllegalArgumentException(path + ".metadata.name: required");
      }
      if (t.getSpec() == null) {
        throw new IllegalArgumentException(path + ".spec: required");
      }
      DataVolume dv = new DataVolume();
      dv.setMetadata(
          new ObjectMetaBuilder()
              .withName(m.getName())
              .withNamespace(vm.getMetadata().getNamespace())
              .withLabels(m.getLabels())
              .withAnnotations(m.getAnnotations())
              .withOwnerReferences(
                  new OwnerReferenceBuilder()
                      .withApiVersion(VirtualMachine.API_VERSION)
                      .withKind(VirtualMachine.KIND)
                      .withName(vm.getMetadata().getName())
                      .withUid(vm.getMetadata().getUid())
                      .withController(true)
                      .withBlockOwnerDeletion(true)
                      .build())
              .build());
      dv.setSpec(t.getSpec());
      out.add(dv);
    }
    return out;
  }

  /**
   * Whether the template DataVolumes are created now: always, unless the VM opts out with {@code
   * kubevirt.io/immediate-data-volume-creation: "false"} and is not starting.
   */
  public static boolean createNow(VirtualMachine vm, boolean starting) {
    String ann =
        Optional.ofNullable(vm.getMetadata().getAnnotations())
            .map(a -> a.get(KubevirtNames.ANNOTATION_IMMEDIATE_DATA_VOLUME_CREATION))
            .orElse("true");
    return starting || !"false".equalsIgnoreCase(ann);
  }

  /** Names of the template DataVolumes and of those the VM's template mounts. */
  public static List<String> related(VirtualMachine vm) {
    List<String> out = new ArrayList<>(referenced(vm));
    Optional.ofNullable(vm.getSpec())
        .map(VirtualMachineSpec::getDataVolumeTemplates)
        .orElse(List.of())
        .stream()
        .map(DataVolumeTemplateSpec::getMetadata)
        .filter(Objects::nonNull)
        .map(ObjectMeta::getName)
        .filter(n -> n != null && !out.contains(n))
        .forEach(out::add);
    return out;
  }

  /** Names of the DataVolumes the VM's template mounts ({@code volumes[].dataVolume}). */
  public static List<String> referenced(VirtualMachine vm) {
    return Optional.ofNullable(vm.getSpec())
        .map(VirtualMachineSpec::getTemplate)
        .map(VirtualMachineInstanceTemplateSpec::getSpec)
        .map(VirtualMachineInstanceSpec::getVolumes)
        .orElse(List.of())
        .stream()
        .map(Volume::getDataVolume)
        .filter(Objects::nonNull)
        .map(d -> d.getName())
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  /** A START becomes a wait while a referenced DataVolume exists and has not Succeeded. */
  public static RunDecision gate(RunDecision d, Map<String, DataVolumePhase> phases) {
    if (d.action() != RunDecision.Action.START) {
      return d;
    }
    List<String> notReady =
        phases.entrySet().stream()
            .filter(e -> e.getValue() != DataVolumePhase.SUCCEEDED)
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .sorted()
            .toList();
    return notReady.isEmpty()
        ? d
        : RunDecision.none("waiting for DataVolumes " + String.join(", ", notReady));
  }
}
