package dev.coexist.crds.kubevirt.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coexist.crds.model.ApiObjects;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VirtualMachineInstanceSpecCopyTest {

  private final KubernetesSerialization serialization = new KubernetesSerialization();

  private static final String VM =
      String.join(
          "\n",
          "apiVersion: kubevirt.io/v1",
          "kind: VirtualMachine",
          "metadata: {name: demo}",
          "spec:",
          "  runStrategy: Always",
          "  template:",
          "    metadata: {labels: {kubevirt.io/domain: demo}}",
          "    spec:",
          "      futureSpecField: {a: 1}",
          "      domain:",
          "        cpu: {cores: 2, futureCpuField: x}",
          "        memory: {guest: 256Mi}",
          "        devices:",
          "          tpm: {persistent: true}",
          "          disks: [{name: root, disk: {bus: virtio}, futureDiskField: [1, 2]}]",
          "      volumes: [{name: root, containerDisk: {image: quay.io/x/y:1}}]",
          "");

  @Test
  void copyKeepsUnknownFieldsAndIsIndependent() {
    VirtualMachine vm = serialization.unmarshal(VM, VirtualMachine.class);
    VirtualMachineInstanceSpec template = vm.getSpec().getTemplate().getSpec();

    VirtualMachineInstanceSpec copy = template.copy();

    assertThat(copy).isEqualTo(template).isNotSameAs(template);
    assertThat(ApiObjects.toTree(copy)).isEqualTo(ApiObjects.toTree(template));
    assertThat(copy.getAdditionalProperties()).containsEntry("futureSpecField", Map.of("a", 1));
    assertThat(copy.getDomain().getCpu().getAdditionalProperties())
        .containsEntry("futureCpuField", "x");
    assertThat(copy.getDomain().getDevices().getTpm().getAdditionalProperties())
        .containsEntry("persistent", true);

    copy.getDomain().getCpu().setCores(4);
    copy.getDomain().getDevices().getDisks().get(0).getAdditionalProperties().clear();
    assertThat(template.getDomain().getCpu().getCores()).isEqualTo(2);
    assertThat(template.getDomain().getDevices().getDisks().get(0).getAdditionalProperties())
        .containsKey("futureDiskField");
  }

  @Test
  void serializedVmKeepsUnknownFields() {
    VirtualMachine vm = serialization.unmarshal(VM, VirtualMachine.class);

    JsonNode back = serialization.convertValue(vm, JsonNode.class);

    JsonNode in = serialization.unmarshal(VM, JsonNode.class);
    assertThat(back).isEqualTo(in);
    assertThat(vm.getSpec().getRunStrategy()).isEqualTo(RunStrategy.ALWAYS);
    assertThat(vm.getSpec().getTemplate().getSpec().getDomain().getDevices().getDisks())
        .singleElement()
        .extracting(d -> d.getDisk().getBus())
        .isEqualTo(DiskBus.VIRTIO);
  }
}
