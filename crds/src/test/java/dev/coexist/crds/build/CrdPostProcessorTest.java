package dev.coexist.crds.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceSubresourceStatus;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceSubresources;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

class CrdPostProcessorTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private static CrdCatalog.Entry vmiEntry() {
    return CrdCatalog.byCrdName("virtualmachineinstances.kubevirt.io");
  }

  @Test
  void processingIsIdempotentAndPure() {
    CustomResourceDefinition processed = CrdMetadataTest.crd(VirtualMachineInstance.class);
    CustomResourceDefinition before = SERIALIZATION.clone(processed);

    CustomResourceDefinition again = CrdPostProcessor.process(processed, vmiEntry());

    assertThat(again).isEqualTo(processed);
    assertThat(processed).isEqualTo(before);
  }

  @Test
  void generatorOutputGetsKubevirtShape() {
    CustomResourceDefinition generated =
        SERIALIZATION.clone(CrdMetadataTest.crd(VirtualMachineInstance.class));
    generated.getSpec().getVersions().remove(1);
    CustomResourceSubresources subresources = new CustomResourceSubresources();
    subresources.setStatus(new CustomResourceSubresourceStatus());
    generated.getSpec().getVersions().get(0).setSubresources(subresources);
    generated
        .getSpec()
        .getVersions()
        .get(0)
        .getAdditionalPrinterColumns()
        .add(generated.getSpec().getVersions().get(0).getAdditionalPrinterColumns().remove(0));
    generated.getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema().setDescription(null);

    CustomResourceDefinition processed = CrdPostProcessor.process(generated, vmiEntry());

    assertThat(processed).isEqualTo(CrdMetadataTest.crd(VirtualMachineInstance.class));
  }

  @Test
  void yamlStartsWithTheHeader() {
    assertThat(CrdPostProcessor.toYaml(CrdMetadataTest.crd(VirtualMachineInstance.class)))
        .startsWith(CrdPostProcessor.HEADER)
        .contains("name: \"virtualmachineinstances.kubevirt.io\"");
  }
}
