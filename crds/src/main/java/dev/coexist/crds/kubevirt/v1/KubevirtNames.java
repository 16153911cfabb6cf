package dev.coexist.crds.kubevirt.v1;

import java.util.Map;
import java.util.Optional;

/**
 * The one place KubeVirt names, labels, annotation keys and finalizers are spelled: launcher pods,
 * selectors and bookkeeping use exactly the keys KubeVirt uses, so tools written for KubeVirt find
 * coexist's objects.
 */
public final class KubevirtNames {

  /** Label {@code kubevirt.io}: the component of a pod, e.g. {@value #LAUNCHER_COMPONENT}. */
  public static final String LABEL_APP = "kubevirt.io";

  /** The value of {@link #LABEL_APP} on launcher pods. */
  public static final String LAUNCHER_COMPONENT = "virt-launcher";

  /** Label on a launcher pod: the UID of the VMI that created it. */
  public static final String LABEL_CREATED_BY = "kubevirt.io/created-by";

  /** Label on a VMI and its launcher pod: the node the VMI runs on. */
  public static final String LABEL_NODE_NAME = "kubevirt.io/nodeName";

  /** Label (on VM templates, VMIs, launcher pods) and annotation: the VMI's domain name. */
  public static final String LABEL_DOMAIN = "kubevirt.io/domain";

  /** Label on a VMI and its launcher pod: the name of the VM that created the VMI. */
  public static final String LABEL_VM_NAME = "vm.kubevirt.io/name";

  /** Label on a launcher pod: the UID of the migration it is the target of. */
  public static final String LABEL_MIGRATION_JOB_UID = "kubevirt.io/migrationJobUID";

  /** Label on a launcher pod that runs an outdated launcher image. */
  public static final String LABEL_OUTDATED_LAUNCHER_IMAGE = "kubevirt.io/outdatedLauncherImage";

  /** Label on a VMI created by a VM's start, for the virt-handler's node-scoped informer. */
  public static final String LABEL_SCHEDULABLE = "kubevirt.io/schedulable";

  /** Annotation: the VM generation a VMI was created from. */
  public static final String ANNOTATION_VM_GENERATION = "kubevirt.io/vm-generation";

  /** Annotation: the API version last observed by the controllers. */
  public static final String ANNOTATION_LATEST_OBSERVED_API_VERSION =
      "kubevirt.io/latest-observed-api-version";

  /** Annotation: the API version objects are stored with. */
  public static final String ANNOTATION_STORAGE_OBSERVED_API_VERSION =
      "kubevirt.io/storage-observed-api-version";

  /** Annotation on a launcher pod: its default container for kubectl logs/exec. */
  public static final String ANNOTATION_DEFAULT_CONTAINER =
      "kubectl.kubernetes.io/default-container";

  /** Annotation on a VM: create the DataVolumes of dataVolumeTemplates even while stopped. */
  public static final String ANNOTATION_IMMEDIATE_DATA_VOLUME_CREATION =
      "kubevirt.io/immediate-data-volume-creation";

  /** Annotation on a VMI: the launcher image it was started with. */
  public static final String ANNOTATION_LAUNCHER_IMAGE = "kubevirt.io/launcher-image";

  /** The name of the launcher pod's main container, which runs the VM. */
  public static final String LAUNCHER_COMPUTE_CONTAINER = "compute";

  /** The prefix of launcher pod names ({@code generateName} {@code virt-launcher-<vmi>-}). */
  public static final String LAUNCHER_POD_PREFIX = "virt-launcher-";

  /** Finalizer the VM controller puts on VMs and the VMIs it creates. */
  public static final String FINALIZER_VM_CONTROLLER =
      "kubevirt.io/virtualMachineControllerFinalize";

  /** Finalizer on VMIs until their domain is gone. */
  public static final String FINALIZER_VMI = "foregroundDeleteVirtualMachine";

  /** Finalizer on migrations until they are finished. */
  public static final String FINALIZER_MIGRATION = "kubevirt.io/migrationJobFinalize";

  /** Finalizer on the KubeVirt CR until its components are removed. */
  public static final String FINALIZER_KUBEVIRT = "foregroundDeleteKubeVirt";

  private KubevirtNames() {}

  /** The {@code generateName} of a VMI's launcher pod: {@code virt-launcher-<vmi>-}. */
  public static String launcherPodGenerateName(String vmiName) {
    return LAUNCHER_POD_PREFIX + requireName(vmiName) + "-";
  }

  /** The VMI name a launcher pod belongs to, from the pod's labels; empty if it is none. */
  public static Optional<String> vmiNameOfLauncherPod(Map<String, String> podLabels) {
    if (podLabels == null || !LAUNCHER_COMPONENT.equals(podLabels.get(LABEL_APP))) {
      return Optional.empty();
    }
    return Optional.ofNullable(podLabels.get(LABEL_DOMAIN));
  }

  /**
   * The labels of a VMI's launcher pod: component, creator UID, domain name and, when the VMI
   * belongs to a VM, the VM name.
   */
  public static Map<String, String> launcherPodLabels(
      String vmiName, String vmiUid, Optional<String> vmName) {
    requireName(vmiName);
    if (vmiUid == null || vmiUid.isEmpty()) {
      throw new IllegalArgumentException("metadata.uid: the VMI has no UID yet");
    }
    return vmName
        .map(
            vm ->
                Map.of(
                    LABEL_APP, LAUNCHER_COMPONENT,
                    LABEL_CREATED_BY, vmiUid,
                    LABEL_DOMAIN, vmiName,
                    LABEL_VM_NAME, vm))
        .orElseGet(
            () ->
                Map.of(
                    LABEL_APP, LAUNCHER_COMPONENT,
                    LABEL_CREATED_BY, vmiUid,
                    LABEL_DOMAIN, vmiName));
  }

  /** The label selector matching the launcher pods of one VMI (by UID). */
  public static Map<String, String> launcherPodSelector(String vmiUid) {
    return Map.of(LABEL_APP, LAUNCHER_COMPONENT, LABEL_CREATED_BY, vmiUid);
  }

  private static String requireName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("metadata.name: must not be empty");
    }
    return name;
  }
}
