package dev.coexist.operator.vm.model;

import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceTemplateSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The VMI a VM starts: the VM's name and namespace, the template's labels and annotations, a
 * controller owner reference to the VM, and the template's spec copied field for field (fields
 * coexist does not model included).
 */
public final class VirtualMachineInstanceModel {

  /**
   * The finalizer the VMI controller holds until the launcher pod is gone (KubeVirt's {@code
   * kubevirt.io/foregroundDeleteVirtualMachine}).
   */
  public static final String VMI_FINALIZER = "kubevirt.io/foregroundDeleteVirtualMachine";

  private VirtualMachineInstanceModel() {}

  /** The VMI for {@code vm}. */
  public static VirtualMachineInstance from(VirtualMachine vm) {
    ObjectMeta vmMeta = vm.getMetadata();
    VirtualMachineInstanceTemplateSpec template =
        Optional.ofNullable(vm.getSpec().getTemplate())
            .orElseThrow(() -> new IllegalArgumentException("spec.template: required"));
    Optional<ObjectMeta> tmeta = Optional.ofNullable(template.getMetadata());
    Map<String, String> labels =
        new LinkedHashMap<>(tmeta.map(ObjectMeta::getLabels).orElse(Map.of()));
    labels.put(KubevirtNames.LABEL_VM_NAME, vmMeta.getName());
    Map<String, String> annotations =
        new LinkedHashMap<>(tmeta.map(ObjectMeta::getAnnotations).orElse(Map.of()));
    annotations.put(
        KubevirtNames.ANNOTATION_VM_GENERATION,
        String.valueOf(Optional.ofNullable(vmMeta.getGeneration()).orElse(1L)));
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(
        new ObjectMetaBuilder()
            .withName(vmMeta.getName())
            .withNamespace(vmMeta.getNamespace())
            .withLabels(labels)
            .withAnnotations(annotations)
            .withFinalizers(VMI_FINALIZER)
            .withOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion(VirtualMachine.API_VERSION)
                    .withKind(VirtualMachine.KIND)
                    .withName(vmMeta.getName())
                    .withUid(vmMeta.getUid())
                    .withController(true)
                    .withBlockOwnerDeletion(true)
                    .build())
            .build());
    vmi.setSpec(
        Optional.ofNullable(template.getSpec())
            .map(VirtualMachineInstanceSpec::copy)
            .orElseGet(VirtualMachineInstanceSpec::new));
    return vmi;
  }

  /** The VM generation a VMI was created from, if it says. */
  public static Optional<Long> vmGenerationOf(VirtualMachineInstance vmi) {
    return Optional.ofNullable(vmi.getMetadata().getAnnotations())
        .map(a -> a.get(KubevirtNames.ANNOTATION_VM_GENERATION))
        .flatMap(
            s -> {
              try {
                return Optional.of(Long.parseLong(s));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /** Whether the VMI's owner references name {@code vm} as controller. */
  public static boolean isControlledBy(VirtualMachineInstance vmi, VirtualMachine vm) {
    return Optional.ofNullable(vmi.getMetadata().getOwnerReferences()).orElse(List.of()).stream()
        .anyMatch(
            o ->
                Boolean.TRUE.equals(o.getController())
                    && VirtualMachine.KIND.equals(o.getKind())
                    && o.getUid() != null
                    && o.getUid().equals(vm.getMetadata().getUid()));
  }
}
