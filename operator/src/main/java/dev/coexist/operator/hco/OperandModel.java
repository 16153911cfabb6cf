package dev.coexist.operator.hco;

import dev.coexist.crds.cdi.v1beta1.Cdi;
import dev.coexist.crds.cdi.v1beta1.CdiConfigSpec;
import dev.coexist.crds.cdi.v1beta1.CdiSpec;
import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.hco.v1beta1.HyperConvergedSpec;
import dev.coexist.crds.hco.v1beta1.HyperConvergedUninstallStrategy;
import dev.coexist.crds.kubevirt.v1.DeveloperConfiguration;
import dev.coexist.crds.kubevirt.v1.KubeVirt;
import dev.coexist.crds.kubevirt.v1.KubeVirtConfiguration;
import dev.coexist.crds.kubevirt.v1.KubeVirtSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Pure builders of the objects the HyperConverged CR owns: the KubeVirt CR {@value
 * HyperConverged#KUBEVIRT_CR_NAME} (namespaced, owner reference to the HyperConverged CR) and the
 * CDI CR {@value HyperConverged#CDI_CR_NAME} (cluster-scoped, so no owner reference: a
 * cluster-scoped object cannot name a namespaced owner; found by its labels and removed by the
 * controller's cleanup).
 */
public final class OperandModel {

  /** Who manages the operands. */
  public static final String MANAGED_BY = "hco-operator";

  /** {@code app.kubernetes.io/managed-by}. */
  public static final String LABEL_MANAGED_BY = "app.kubernetes.io/managed-by";

  /** HCO's {@code app} label, naming the HyperConverged CR. */
  public static final String LABEL_APP = "app";

  /** {@code app.kubernetes.io/component}. */
  public static final String LABEL_COMPONENT = "app.kubernetes.io/component";

  /** {@code app.kubernetes.io/part-of}. */
  public static final String LABEL_PART_OF = "app.kubernetes.io/part-of";

  /** The hash of the spec the operator last wrote: tells out-of-band edits from HCO changes. */
  public static final String ANNOTATION_SPEC_HASH = "hco.coexist.dev/spec-hash";

  private OperandModel() {}

  /** The labels on every operand. */
  public static Map<String, String> labels(String component) {
    return Map.of(
        LABEL_MANAGED_BY,
        MANAGED_BY,
        LABEL_APP,
        HyperConverged.SINGLETON_NAME,
        LABEL_PART_OF,
        "hyperconverged-cluster",
        LABEL_COMPONENT,
        component);
  }

  /** The KubeVirt CR derived from {@code hco}. */
  public static KubeVirt kubeVirt(HyperConverged hco, HcoConfig config) {
    HyperConvergedSpec in = hco.getSpec() == null ? new HyperConvergedSpec() : hco.getSpec();
    DeveloperConfiguration dev = new DeveloperConfiguration();
    dev.setUseEmulation(config.kvmEmulation());
    List<String> gates = kubeVirtFeatureGates(in);
    dev.setFeatureGates(gates.isEmpty() ? null : gates);
    dev.setCpuAllocationRatio(in.getVmiCPUAllocationRatio());
    if (in.getHigherWorkloadDensity() != null) {
      dev.setMemoryOvercommit(in.getHigherWorkloadDensity().getMemoryOvercommitPercentage());
    }
    KubeVirtConfiguration conf = new KubeVirtConfiguration();
    conf.setDeveloperConfiguration(dev);
    KubeVirtSpec spec = new KubeVirtSpec();
    spec.setConfiguration(conf);
    spec.setUninstallStrategy(uninstallStrategy(in).value());
    spec.setInfra(in.getInfra());
    spec.setWorkloads(in.getWorkloads());
    KubeVirt kv = new KubeVirt();
    kv.setMetadata(meta(hco, HyperConverged.KUBEVIRT_CR_NAME, "compute", true));
    kv.setSpec(spec);
    return kv;
  }

  /** The CDI CR derived from {@code hco}. */
  public static Cdi cdi(HyperConverged hco) {
    HyperConvergedSpec in = hco.getSpec() == null ? new HyperConvergedSpec() : hco.getSpec();
    CdiConfigSpec conf = new CdiConfigSpec();
    conf.setScratchSpaceStorageClass(in.getScratchSpaceStorageClass());
    if (in.getStorageImport() != null) {
      conf.setInsecureRegistries(in.getStorageImport().getInsecureRegistries());
    }
    conf.setFilesystemOverhead(in.getFilesystemOverhead());
    CdiSpec spec = new CdiSpec();
    spec.setConfig(conf);
    spec.setUninstallStrategy(uninstallStrategy(in).value());
    spec.setInfra(in.getInfra());
    spec.setWorkload(in.getWorkloads());
    Cdi cdi = new Cdi();
    cdi.setMetadata(meta(hco, HyperConverged.CDI_CR_NAME, "storage", false));
    cdi.setSpec(spec);
    return cdi;
  }

  /** The uninstall strategy in effect (BlockUninstallIfWorkloadsExist when unset). */
  public static HyperConvergedUninstallStrategy uninstallStrategy(HyperConvergedSpec spec) {
    return spec == null || spec.getUninstallStrategy() == null
        ? HyperConvergedUninstallStrategy.BLOCK_UNINSTALL_IF_WORKLOADS_EXIST
        : spec.getUninstallStrategy();
  }

  /**
   * KubeVirt's gate names for the HCO gates set to {@code true}: HCO's lowerCamel name with the
   * first letter upper-cased ({@code downwardMetrics} → {@code DownwardMetrics}), sorted.
   */
  static List<String> kubeVirtFeatureGates(HyperConvergedSpec spec) {
    if (spec.getFeatureGates() == null) {
      return List.of();
    }
    Map<String, Object> sorted = new TreeMap<>(spec.getFeatureGates().getAdditionalProperties());
    return sorted.entrySet().stream()
        .filter(e -> Boolean.TRUE.equals(e.getValue()) || "true".equals(e.getValue()))
        .map(Map.Entry::getKey)
        .filter(Objects::nonNull)
        .filter(k -> !k.isEmpty())
        .map(k -> Character.toUpperCase(k.charAt(0)) + k.substring(1))
        .toList();
  }

  private static ObjectMeta meta(
      HyperConverged hco, String name, String component, boolean namespaced) {
    ObjectMetaBuilder b =
        new ObjectMetaBuilder().withName(name).withLabels(new TreeMap<>(labels(component)));
    if (namespaced) {
      b.withNamespace(hco.getMetadata().getNamespace())
          .withOwnerReferences(
              new OwnerReferenceBuilder()
                  .withApiVersion(HyperConverged.API_VERSION)
                  .withKind(HyperConverged.KIND)
                  .withName(hco.getMetadata().getName())
                  .withUid(hco.getMetadata().getUid())
                  .withController(true)
                  .withBlockOwnerDeletion(true)
                  .build());
    }
    return b.build();
  }
}
