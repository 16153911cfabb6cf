package dev.coexist.operator.hco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.cdi.v1beta1.Cdi;
import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.hco.v1beta1.HyperConvergedSpec;
import dev.coexist.crds.hco.v1beta1.HyperConvergedUninstallStrategy;
import dev.coexist.crds.hco.v1beta1.StorageImportConfig;
import dev.coexist.crds.kubevirt.v1.KubeVirt;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperandModelTest {

  static final HcoConfig EMULATION = new HcoConfig("kubevirt-hyperconverged", "1.2.3", true, "vh");

  static HyperConverged hco(HyperConvergedSpec spec) {
    HyperConverged h = new HyperConverged();
    h.setMetadata(
        new ObjectMetaBuilder()
            .withName(HyperConverged.SINGLETON_NAME)
            .withNamespace("kubevirt-hyperconverged")
            .withUid("uid-1")
            .withGeneration(3L)
            .build());
    h.setSpec(spec);
    return h;
  }

  @Test
  void kubeVirtIsOwnedLabelledAndCarriesEmulationAndGates() {
    HyperConvergedSpec spec = new HyperConvergedSpec();
    OpenObject gates = new OpenObject();
    gates.setAdditionalProperty("downwardMetrics", true);
    gates.setAdditionalProperty("alignCPUs", false);
    gates.setAdditionalProperty("decentralizedLiveMigration", true);
    spec.setFeatureGates(gates);
    spec.setVmiCPUAllocationRatio(4);
    KubeVirt kv = OperandModel.kubeVirt(hco(spec), EMULATION);

    assertThat(kv.getMetadata().getName()).isEqualTo("kubevirt-kubevirt-hyperconverged");
    assertThat(kv.getMetadata().getNamespace()).isEqualTo("kubevirt-hyperconverged");
    assertThat(kv.getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/managed-by", "hco-operator")
        .containsEntry("app", "kubevirt-hyperconverged");
    assertThat(kv.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo("HyperConverged");
              assertThat(o.getUid()).isEqualTo("uid-1");
              assertThat(o.getController()).isTrue();
            });
    var dev = kv.getSpec().getConfiguration().getDeveloperConfiguration();
    assertThat(dev.getUseEmulation()).isTrue();
    assertThat(dev.getFeatureGates())
        .containsExactly("DecentralizedLiveMigration", "DownwardMetrics");
    assertThat(dev.getCpuAllocationRatio()).isEqualTo(4);
    assertThat(kv.getSpec().getUninstallStrategy()).isEqualTo("BlockUninstallIfWorkloadsExist");
  }

  @Test
  void noEmulationNoGates() {
    KubeVirt kv =
        OperandModel.kubeVirt(
            hco(null), new HcoConfig("kubevirt-hyperconverged", "1", false, "virt-handler"));
    var dev = kv.getSpec().getConfiguration().getDeveloperConfiguration();
    assertThat(dev.getUseEmulation()).isFalse();
    assertThat(dev.getFeatureGates()).isNull();
  }

  @Test
  void cdiIsClusterScopedLabelledWithoutOwnerAndCarriesImportSettings() {
    HyperConvergedSpec spec = new HyperConvergedSpec();
    spec.setScratchSpaceStorageClass("fast");
    StorageImportConfig si = new StorageImportConfig();
    si.setInsecureRegistries(List.of("reg.local:5000"));
    spec.setStorageImport(si);
    spec.setUninstallStrategy(HyperConvergedUninstallStrategy.REMOVE_WORKLOADS);
    Cdi cdi = OperandModel.cdi(hco(spec));

    assertThat(cdi.getMetadata().getName()).isEqualTo("cdi-kubevirt-hyperconverged");
    assertThat(cdi.getMetadata().getNamespace()).isNull();
    assertThat(cdi.getMetadata().getOwnerReferences()).isEmpty();
    assertThat(cdi.getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/managed-by", "hco-operator");
    assertThat(cdi.getSpec().getConfig().getScratchSpaceStorageClass()).isEqualTo("fast");
    assertThat(cdi.getSpec().getConfig().getInsecureRegistries()).containsExactly("reg.local:5000");
    assertThat(cdi.getSpec().getUninstallStrategy()).isEqualTo("RemoveWorkloads");
  }

  @Test
  void sameInputSameOperands() {
    HyperConvergedSpec spec = new HyperConvergedSpec();
    spec.setVmiCPUAllocationRatio(8);
    assertThat(OperandModel.kubeVirt(hco(spec), EMULATION))
        .isEqualTo(OperandModel.kubeVirt(hco(spec), EMULATION));
    assertThat(OperandModel.cdi(hco(spec))).isEqualTo(OperandModel.cdi(hco(spec)));
  }
}
