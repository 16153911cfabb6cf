package dev.coexist.launcher.convert;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads VM or VMI YAML into a VMI, the way a VM's template becomes its VMI. */
final class TestManifests {
  static final ObjectMapper YAML =
      YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private TestManifests() {}

  static VirtualMachineInstance load(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  static VirtualMachineInstance parse(String yaml) throws IOException {
    JsonNode tree = YAML.readTree(yaml);
    if ("VirtualMachine".equals(tree.path("kind").asText())) {
      VirtualMachine vm = YAML.treeToValue(tree, VirtualMachine.class);
      VirtualMachineInstance vmi = new VirtualMachineInstance();
      ObjectMeta meta = new ObjectMeta();
      meta.setName(vm.getMetadata().getName());
      meta.setNamespace(vm.getMetadata().getNamespace());
      meta.setLabels(vm.getSpec().getTemplate().getMetadata().getLabels());
      vmi.setMetadata(meta);
      vmi.setSpec(vm.getSpec().getTemplate().getSpec());
      return vmi;
    }
    return YAML.treeToValue(tree, VirtualMachineInstance.class);
  }
}
