package dev.coexist.crds.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coexist.crds.cdi.v1beta1.Cdi;
import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.kubevirt.v1.KubeVirt;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceMigration;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ValidationRule;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated CRDs carry KubeVirt's metadata: names, scope, columns, versions, subresources. */
class CrdMetadataTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static CustomResourceDefinition crd(Class<? extends HasMetadata> type) {
    CrdCatalog.Entry entry =
        CrdCatalog.byCrdName(HasMetadata.getPlural(type) + "." + HasMetadata.getGroup(type));
    String resource = "META-INF/fabric8/" + entry.generatedFileName();
    try (InputStream in = CrdMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return SERIALIZATION.unmarshal(in, CustomResourceDefinition.class);
    } catch (IOException e) {
      throw new AssertionError(resource, e);
    }
  }

  private static List<String> columns(CustomResourceDefinitionVersion version) {
    return version.getAdditionalPrinterColumns().stream()
        .map(c -> c.getName() + "=" + c.getJsonPath() + (c.getPriority() > 0 ? " (wide)" : ""))
        .toList();
  }

  private static CustomResourceDefinitionVersion version(CustomResourceDefinition crd, String v) {
    return crd.getSpec().getVersions().stream()
        .filter(x -> x.getName().equals(v))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void virtualMachine() {
    CustomResourceDefinition crd = crd(VirtualMachine.class);

    assertThat(crd.getMetadata().getName()).isEqualTo("virtualmachines.kubevirt.io");
    assertThat(crd.getSpec().getScope()).isEqualTo("Namespaced");
    assertThat(crd.getSpec().getNames().getShortNames()).containsExactly("vm", "vms");
    assertThat(crd.getSpec().getNames().getSingular()).isEqualTo("virtualmachine");
    assertThat(crd.getSpec().getNames().getCategories()).containsExactly("all");
    CustomResourceDefinitionVersion v1 = version(crd, "v1");
    assertThat(columns(v1))
        .containsExactly(
            "Age=.metadata.creationTimestamp",
            "Status=.status.printableStatus",
            "Ready=.status.conditions[?(@.type=='Ready')].status");
    assertThat(v1.getSubresources().getStatus()).isNotNull();
  }

  @Test
  void virtualMachineInstanceHasNoStatusSubresource() {
    CustomResourceDefinition crd = crd(VirtualMachineInstance.class);

    assertThat(crd.getSpec().getNames().getShortNames()).containsExactly("vmi", "vmis");
    assertThat(crd.getSpec().getNames().getCategories()).containsExactly("all");
    for (CustomResourceDefinitionVersion v : crd.getSpec().getVersions()) {
      assertThat(v.getSubresources()).as(v.getName()).isNull();
    }
    assertThat(columns(version(crd, "v1")))
        .containsExactly(
            "Age=.metadata.creationTimestamp",
            "Phase=.status.phase",
            "IP=.status.interfaces[0].ipAddress",
            "NodeName=.status.nodeName",
            "Ready=.status.conditions[?(@.type=='Ready')].status",
            "Live-Migratable=.status.conditions[?(@.type=='LiveMigratable')].status (wide)",
            "Paused=.status.conditions[?(@.type=='Paused')].status (wide)");
  }

  @Test
  void migrationAndKubeVirt() {
    CustomResourceDefinition vmim = crd(VirtualMachineInstanceMigration.class);
    assertThat(vmim.getSpec().getNames().getShortNames()).containsExactly("vmim", "vmims");
    assertThat(columns(version(vmim, "v1")))
        .containsExactly("Phase=.status.phase", "VMI=.spec.vmiName");
    assertThat(version(vmim, "v1").getSubresources().getStatus()).isNotNull();

    CustomResourceDefinition kv = crd(KubeVirt.class);
    assertThat(kv.getSpec().getNames().getShortNames()).containsExactly("kv", "kvs");
    assertThat(kv.getSpec().getNames().getCategories()).containsExactly("all");
    assertThat(columns(version(kv, "v1")))
        .containsExactly("Age=.metadata.creationTimestamp", "Phase=.status.phase");
    assertThat(version(kv, "v1").getSubresources().getStatus()).isNotNull();
  }

  @Test
  void kubevirtKindsAlsoServeV1alpha3WithTheSameSchema() {
    for (Class<? extends HasMetadata> type :
        List.of(
            VirtualMachine.class,
            VirtualMachineInstance.class,
            VirtualMachineInstanceMigration.class,
            KubeVirt.class)) {
      CustomResourceDefinition crd = crd(type);
      assertThat(crd.getSpec().getVersions())
          .extracting(v -> v.getName() + " served=" + v.getServed() + " storage=" + v.getStorage())
          .containsExactly("v1 served=true storage=true", "v1alpha3 served=true storage=false");
      CustomResourceDefinitionVersion v1 = version(crd, "v1");
      CustomResourceDefinitionVersion alpha = version(crd, "v1alpha3");
      assertThat(alpha.getSchema()).isEqualTo(v1.getSchema());
      assertThat(alpha.getAdditionalPrinterColumns()).isEqualTo(v1.getAdditionalPrinterColumns());
      assertThat(alpha.getSubresources()).isEqualTo(v1.getSubresources());
      assertThat(alpha.getDeprecated()).isTrue();
    }
  }

  @Test
  void dataVolume() {
    CustomResourceDefinition crd = crd(DataVolume.class);

    assertThat(crd.getMetadata().getName()).isEqualTo("datavolumes.cdi.kubevirt.io");
    assertThat(crd.getSpec().getNames().getShortNames()).containsExactly("dv", "dvs");
    assertThat(crd.getSpec().getNames().getCategories()).containsExactly("all");
    assertThat(crd.getSpec().getVersions()).extracting(v -> v.getName()).containsExactly("v1beta1");
    CustomResourceDefinitionVersion v = version(crd, "v1beta1");
    assertThat(v.getAdditionalPrinterColumns())
        .extracting(CustomResourceColumnDefinition::getName)
        .containsExactly("Phase", "Progress", "Restarts", "Age");
    assertThat(v.getAdditionalPrinterColumns().get(2).getType()).isEqualTo("integer");
    assertThat(v.getSubresources().getStatus()).isNotNull();
    assertThat(v.getSchema().getOpenAPIV3Schema().getXKubernetesValidations())
        .extracting(ValidationRule::getRule)
        .singleElement()
        .asString()
        .contains("self.spec == oldSelf.spec");
  }

  @Test
  void cdiIsClusterScopedAndNotInAll() {
    CustomResourceDefinition crd = crd(Cdi.class);

    assertThat(crd.getMetadata().getName()).isEqualTo("cdis.cdi.kubevirt.io");
    assertThat(crd.getSpec().getNames().getKind()).isEqualTo("CDI");
    assertThat(crd.getSpec().getScope()).isEqualTo("Cluster");
    assertThat(crd.getSpec().getNames().getShortNames()).containsExactly("cdi", "cdis");
    assertThat(crd.getSpec().getNames().getCategories()).isNullOrEmpty();
    assertThat(version(crd, "v1beta1").getSubresources().getStatus()).isNotNull();
  }

  @Test
  void hyperConverged() {
    CustomResourceDefinition crd = crd(HyperConverged.class);

    assertThat(crd.getMetadata().getName()).isEqualTo("hyperconvergeds.hco.kubevirt.io");
    assertThat(crd.getSpec().getScope()).isEqualTo("Namespaced");
    assertThat(crd.getSpec().getNames().getShortNames()).containsExactly("hco", "hcos");
    assertThat(version(crd, "v1beta1").getSubresources().getStatus()).isNotNull();
  }

  @Test
  void schemaValidatesEnumsTypesAndRules() {
    JSONSchemaProps vm = version(crd(VirtualMachine.class), "v1").getSchema().getOpenAPIV3Schema();
    JSONSchemaProps spec = vm.getProperties().get("spec");
    assertThat(spec.getProperties().get("runStrategy").getEnum())
        .extracting(JsonNode::asText)
        .contains("Always", "RerunOnFailure", "Manual", "Halted", "Once")
        .doesNotContain("Sometimes");
    assertThat(spec.getXKubernetesValidations())
        .extracting(ValidationRule::getMessage)
        .singleElement()
        .asString()
        .contains("spec.running", "spec.runStrategy");
    JSONSchemaProps vmiSpec = spec.getProperties().get("template").getProperties().get("spec");
    assertThat(vmiSpec.getXKubernetesValidations()).hasSize(2);
    JSONSchemaProps domain = vmiSpec.getProperties().get("domain");
    assertThat(domain.getProperties().get("cpu").getProperties().get("cores").getType())
        .isEqualTo("integer");
    JSONSchemaProps disk =
        domain.getProperties().get("devices").getProperties().get("disks").getItems().getSchema();
    assertThat(disk.getProperties().get("disk").getProperties().get("bus").getEnum())
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("virtio", "sata", "scsi", "usb");
    assertThat(vmiSpec.getProperties().get("evictionStrategy").getEnum())
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("None", "LiveMigrate", "LiveMigrateIfPossible", "External");
  }

  @Test
  void subtreesCoexistDoesNotFullyModelPreserveUnknownFields() {
    JSONSchemaProps spec =
        version(crd(VirtualMachine.class), "v1")
            .getSchema()
            .getOpenAPIV3Schema()
            .getProperties()
            .get("spec");
    JSONSchemaProps template = spec.getProperties().get("template");
    JSONSchemaProps vmiSpec = template.getProperties().get("spec");
    JSONSchemaProps domain = vmiSpec.getProperties().get("domain");
    Map<String, JSONSchemaProps> preserved =
        Map.of(
            "spec", spec,
            "spec.template.metadata", template.getProperties().get("metadata"),
            "spec.template.spec", vmiSpec,
            "spec.template.spec.domain", domain,
            "spec.template.spec.domain.devices", domain.getProperties().get("devices"),
            "spec.template.spec.domain.features.hyperv",
                domain.getProperties().get("features").getProperties().get("hyperv"),
            "spec.dataVolumeTemplates[].metadata",
                spec.getProperties()
                    .get("dataVolumeTemplates")
                    .getItems()
                    .getSchema()
                    .getProperties()
                    .get("metadata"));
    preserved.forEach(
        (path, schema) ->
            assertThat(schema.getXKubernetesPreserveUnknownFields()).as(path).isTrue());
  }
}
