package dev.coexist.operator.vmi.model;

import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.Memory;
import dev.coexist.crds.kubevirt.v1.ResourceRequirements;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.Volume;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The launcher pod of a VMI, as a pure function of the VMI and the operator's configuration: one
 * {@code compute} container running {@code virt-launcher serve}, KubeVirt's labels, annotations and
 * emptyDirs, a container per containerDisk holding the user's image ({@link ContainerDiskModel}),
 * PVC and ConfigMap/Secret volumes mounted under the volume's name, and the VMI's scheduling
 * fields.
 */
public final class LauncherPodModel {

  /** Where the compute container finds its sockets dir (emptyDir {@code sockets}). */
  public static final String SOCKETS_DIR = "/var/run/kubevirt/sockets";

  /** The launcher's private dir (emptyDir {@code private}). */
  public static final String PRIVATE_DIR = "/var/run/kubevirt-private";

  /** libvirt's runtime dir (emptyDir {@code libvirt-runtime}). */
  public static final String LIBVIRT_RUNTIME_DIR = "/var/run/libvirt";

  /** PVCs and DataVolumes: {@code <dir>/<volume name>/disk.img}. */
  public static final String PVC_DIR = PRIVATE_DIR + "/vmi-disks";

  /** ConfigMaps and Secrets: {@code <dir>/<volume name>/<files>}. */
  public static final String CONFIG_DIR = PRIVATE_DIR + "/configs";

  /** KubeVirt's node label for nodes a handler serves; launcher pods select it. */
  public static final String SCHEDULABLE_NODE_LABEL = KubevirtNames.LABEL_SCHEDULABLE;

  static final String SOCKETS_VOLUME = "sockets";
  static final String PRIVATE_VOLUME = "private";
  static final String LIBVIRT_RUNTIME_VOLUME = "libvirt-runtime";
  static final String KVM_VOLUME = "kvm";
  private static final String SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  private LauncherPodModel() {}

  /**
   * The launcher pod of {@code vmi}.
   *
   * @throws IllegalArgumentException naming the field when the VMI cannot run in a pod
   */
  public static Pod from(VirtualMachineInstance vmi, LauncherPodConfig config) {
    VirtualMachineInstanceSpec spec =
        Optional.ofNullable(vmi.getSpec())
            .orElseThrow(() -> new IllegalArgumentException("spec: required"));
    List<Volume> volumes = Optional.ofNullable(spec.getVolumes()).orElse(List.of());
    Volumes v = Volumes.of(volumes, config);
    Container compute = compute(vmi, spec, config, v.mounts());
    long grace =
        Optional.ofNullable(spec.getTerminationGracePeriodSeconds())
                .orElse(LauncherPodConfig.DEFAULT_VMI_GRACE_PERIOD_SECONDS)
            + config.gracePeriodMarginSeconds();
    Map<String, String> nodeSelector =
        new TreeMap<>(Optional.ofNullable(spec.getNodeSelector()).orElse(Map.of()));
    nodeSelector.put(SCHEDULABLE_NODE_LABEL, "true");
    PodSpec podSpec =
        new PodSpecBuilder()
            .withRestartPolicy("Never")
            // The pod's pause process becomes PID 1 and reaps orphans: libvirtd's daemonized QEMU
            // capability probes are re-parented to PID 1, and the launcher JVM never reaps them, so
            // libvirt waited ~40 s per probe for a zombie to go away (KubeVirt's launcher has a
            // monitor process as PID 1 for the same reason).
            .withShareProcessNamespace(true)
            .withAutomountServiceAccountToken(false)
            .withTerminationGracePeriodSeconds(grace)
            .withNodeSelector(nodeSelector)
            .withAffinity(spec.getAffinity())
            .withTolerations(spec.getTolerations())
            .withTopologySpreadConstraints(spec.getTopologySpreadConstraints())
            .withPriorityClassName(spec.getPriorityClassName())
            .withSchedulerName(spec.getSchedulerName())
            .withHostname(spec.getHostname())
            .withSubdomain(spec.getSubdomain())
            .withDnsPolicy(spec.getDnsPolicy())
            .withDnsConfig(spec.getDnsConfig())
            .withImagePullSecrets(ContainerDiskModel.pullSecrets(volumes))
            .withInitContainers(v.initContainers())
            .addToContainers(compute)
            .addAllToContainers(v.containerDisks())
            .withVolumes(v.podVolumes())
            .build();
    return new PodBuilder().withMetadata(metadata(vmi)).withSpec(podSpec).build();
  }

  /** {@code virt-launcher-<vmi>-<5 chars>}: the suffix derives from the VMI's UID (stable). */
  public static String podName(String vmiName, String vmiUid) {
    String prefix = KubevirtNames.launcherPodGenerateName(vmiName);
    if (prefix.length() > 58) {
      prefix = prefix.substring(0, 58);
    }
    CRC32 crc = new CRC32();
    crc.update(vmiUid.getBytes(StandardCharsets.UTF_8));
    long h = crc.getValue();
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      suffix.append(SUFFIX_ALPHABET.charAt((int) (h % SUFFIX_ALPHABET.length())));
      h /= SUFFIX_ALPHABET.length();
    }
    return prefix + suffix;
  }

  private static ObjectMeta metadata(VirtualMachineInstance vmi) {
    ObjectMeta m = vmi.getMetadata();
    String uid =
        Optional.ofNullable(m.getUid())
            .orElseThrow(() -> new IllegalArgumentException("metadata.uid: the VMI has no UID"));
    Optional<String> vmName = vmName(vmi);
    Map<String, String> labels = new TreeMap<>(Optional.ofNullable(m.getLabels()).orElse(Map.of()));
    labels.remove(KubevirtNames.LABEL_NODE_NAME);
    labels.putAll(KubevirtNames.launcherPodLabels(m.getName(), uid, vmName));
    Map<String, String> annotations = new TreeMap<>();
    annotations.put(KubevirtNames.LABEL_DOMAIN, m.getName());
    annotations.put(
        KubevirtNames.ANNOTATION_DEFAULT_CONTAINER, KubevirtNames.LAUNCHER_COMPUTE_CONTAINER);
    OwnerReference owner =
        new OwnerReferenceBuilder()
            .withApiVersion(VirtualMachine.API_VERSION)
            .withKind("VirtualMachineInstance")
            .withName(m.getName())
            .withUid(uid)
            .withController(true)
            .withBlockOwnerDeletion(true)
            .build();
    return new ObjectMetaBuilder()
        .withName(podName(m.getName(), uid))
        .withNamespace(m.getNamespace())
        .withLabels(labels)
        .withAnnotations(annotations)
        .withOwnerReferences(owner)
        .build();
  }

  private static Optional<String> vmName(VirtualMachineInstance vmi) {
    Optional<String> fromLabel =
        Optional.ofNullable(vmi.getMetadata().getLabels())
            .map(l -> l.get(KubevirtNames.LABEL_VM_NAME));
    if (fromLabel.isPresent()) {
      return fromLabel;
    }
    return Optional.ofNullable(vmi.getMetadata().getOwnerReferences()).orElse(List.of()).stream()
        .filter(o -> Boolean.TRUE.equals(o.getController()))
        .filter(o -> VirtualMachine.KIND.equals(o.getKind()))
        .map(OwnerReference::getName)
        .findFirst();
  }

  private static Container compute(
      VirtualMachineInstance vmi,
      VirtualMachineInstanceSpec spec,
      LauncherPodConfig config,
      List<VolumeMount> mounts) {
    Optional<DomainSpec> domain = Optional.ofNullable(spec.getDomain());
    Quantity guest = guestMemory(domain);
    Quantity memory =
        new Quantity(
            guest
                .getNumericalAmount()
                .add(config.memoryOverhead().getNumericalAmount())
                .toString());
    Map<String, Quantity> requests = new TreeMap<>();
    Map<String, Quantity> limits = new TreeMap<>();
    Optional<ResourceRequirements> res = domain.map(DomainSpec::getResources);
    requests.put(
        "cpu",
        res.map(ResourceRequirements::getRequests)
            .map(r -> r.get("cpu"))
            .orElse(config.cpuRequest()));
    requests.put("memory", memory);
    res.map(ResourceRequirements::getLimits)
        .map(l -> l.get("cpu"))
        .ifPresent(c -> limits.put("cpu", c));
    res.map(ResourceRequirements::getLimits)
        .map(l -> l.get("memory"))
        .ifPresent(
            l ->
                limits.put(
                    "memory",
                    new Quantity(
                        l.getNumericalAmount()
                            .add(config.memoryOverhead().getNumericalAmount())
                            .toString())));
    return new ContainerBuilder()
        .withName(KubevirtNames.LAUNCHER_COMPUTE_CONTAINER)
        .withImage(config.launcherImage())
        .withImagePullPolicy(config.imagePullPolicy())
        .withArgs("serve")
        .withEnv(env(vmi, config))
        .withResources(
            new ResourceRequirementsBuilder().withRequests(requests).withLimits(limits).build())
        .withSecurityContext(
            new SecurityContextBuilder().withPrivileged(config.privileged()).build())
        .withVolumeMounts(mounts)
        .withReadinessProbe(LauncherProbes.podProbe(spec.getReadinessProbe()).orElse(null))
        .withLivenessProbe(LauncherProbes.podProbe(spec.getLivenessProbe()).orElse(null))
        .build();
  }

  /** {@code domain.memory.guest}, else {@code domain.resources.requests.memory}. */
  static Quantity guestMemory(Optional<DomainSpec> domain) {
    return domain
        .map(DomainSpec::getMemory)
        .map(Memory::getGuest)
        .or(
            () ->
                domain
                    .map(DomainSpec::getResources)
                    .map(ResourceRequirements::getRequests)
                    .map(r -> r.get("memory")))
        .filter(q -> q.getNumericalAmount().compareTo(BigDecimal.ZERO) > 0)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "spec.domain.memory.guest: required (or spec.domain.resources.requests.memory)"));
  }

  /**
   * The launcher's pod-mode environment (keys of the launcher's LauncherConfig, docs/launcher.md):
   * where the sockets, private state and volumes are, and whether to emulate (TCG).
   */
  private static List<EnvVar> env(VirtualMachineInstance vmi, LauncherPodConfig config) {
    ObjectMeta m = vmi.getMetadata();
    return List.of(
        fieldRef("POD_NAME", "metadata.name"),
        fieldRef("POD_NAMESPACE", "metadata.namespace"),
        new EnvVar("VMI_NAME", m.getName(), null),
        new EnvVar("VMI_NAMESPACE", m.getNamespace(), null),
        new EnvVar("VMI_UID", m.getUid(), null),
        new EnvVar("COEXIST_LAUNCHER_SOCKET_DIR", SOCKETS_DIR, null),
        new EnvVar("COEXIST_LAUNCHER_PRIVATE_DIR", PRIVATE_DIR, null),
        new EnvVar("COEXIST_LAUNCHER_PVC_DIR", PVC_DIR, null),
        new EnvVar("COEXIST_LAUNCHER_CONFIG_DIR", CONFIG_DIR, null),
        new EnvVar("COEXIST_LAUNCHER_EMULATION", String.valueOf(!config.useKvm()), null));
  }

  private static EnvVar fieldRef(String name, String path) {
    return new EnvVarBuilder()
        .withName(name)
        .withNewValueFrom()
        .withNewFieldRef()
        .withFieldPath(path)
        .endFieldRef()
        .endValueFrom()
        .build();
  }

  /**
   * The pod volumes, compute mounts, init containers and containerDisk containers the VMI's volumes
   * need.
   */
  private record Volumes(
      List<io.fabric8.kubernetes.api.model.Volume> podVolumes,
      List<VolumeMount> mounts,
      List<Container> initContainers,
      List<Container> containerDisks) {

    static Volumes of(List<Volume> volumes, LauncherPodConfig config) {
      Volumes v =
          new Volumes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      v.emptyDir(SOCKETS_VOLUME, SOCKETS_DIR);
      v.emptyDir(PRIVATE_VOLUME, PRIVATE_DIR);
      v.emptyDir(LIBVIRT_RUNTIME_VOLUME, LIBVIRT_RUNTIME_DIR);
      if (volumes.stream().anyMatch(x -> x.getContainerDisk() != null)) {
        v.podVolumes.add(ContainerDiskModel.binVolume());
        v.initContainers.add(ContainerDiskModel.binaryCopier(config));
      }
      for (int i = 0; i < volumes.size(); i++) {
        v.add(volumes.get(i), "spec.volumes[" + i + "]");
      }
      if (config.useKvm()) {
        v.podVolumes.add(
            new VolumeBuilder()
                .withName(KVM_VOLUME)
                .withNewHostPath()
                .withPath("/dev/kvm")
                .withType("CharDevice")
                .endHostPath()
                .build());
        v.mounts.add(mount(KVM_VOLUME, "/dev/kvm", false));
      }
      return v;
    }

    void emptyDir(String name, String path) {
      podVolumes.add(new VolumeBuilder().withName(name).withNewEmptyDir().endEmptyDir().build());
      mounts.add(mount(name, path, false));
    }

    void add(Volume vol, String field) {
      String name = vol.getName();
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(field + ".name: required");
      }
      String podVolume = "vol-" + name;
      if (vol.getContainerDisk() != null) {
        containerDisks.add(ContainerDiskModel.container(vol, field));
      } else if (vol.getPersistentVolumeClaim() != null || vol.getDataVolume() != null) {
        String claim = ClaimNames.of(vol).orElseThrow();
        boolean ro =
            vol.getPersistentVolumeClaim() != null
                && Boolean.TRUE.equals(vol.getPersistentVolumeClaim().getReadOnly());
        podVolumes.add(
            new VolumeBuilder()
                .withName(podVolume)
                .withNewPersistentVolumeClaim(claim, ro)
                .build());
        mounts.add(mount(podVolume, PVC_DIR + "/" + name, ro));
      } else if (vol.getEphemeral() != null
          && vol.getEphemeral().getPersistentVolumeClaim() != null) {
        podVolumes.add(
            new VolumeBuilder()
                .withName(podVolume)
                .withNewPersistentVolumeClaim(
                    vol.getEphemeral().getPersistentVolumeClaim().getClaimName(), true)
                .build());
        mounts.add(mount(podVolume, PVC_DIR + "/" + name, true));
      } else if (vol.getConfigMap() != null) {
        podVolumes.add(
            new VolumeBuilder()
                .withName(podVolume)
                .withNewConfigMap()
                .withName(vol.getConfigMap().getName())
                .withOptional(vol.getConfigMap().getOptional())
                .endConfigMap()
                .build());
        mounts.add(mount(podVolume, CONFIG_DIR + "/" + name, true));
      } else if (vol.getSecret() != null) {
        podVolumes.add(
            new VolumeBuilder()
                .withName(podVolume)
                .withNewSecret()
                .withSecretName(vol.getSecret().getSecretName())
                .withOptional(vol.getSecret().getOptional())
                .endSecret()
                .build());
        mounts.add(mount(podVolume, CONFIG_DIR + "/" + name, true));
      }
    }

    private static VolumeMount mount(String name, String path, boolean readOnly) {
      return new VolumeMountBuilder()
          .withName(name)
          .withMountPath(path)
          .withReadOnly(readOnly ? Boolean.TRUE : null)
          .build();
    }
  }
}
