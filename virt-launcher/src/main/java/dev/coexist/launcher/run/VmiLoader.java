package dev.coexist.launcher.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceTemplateSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a {@code VirtualMachine} (its template becomes the VMI, like KubeVirt's VM controller) or a
 * {@code VirtualMachineInstance} from a YAML or JSON file.
 */
public final class VmiLoader {
  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The VMI the file describes; errors name the file and the field. */
  public VirtualMachineInstance load(Path file) throws IOException {
    JsonNode tree = yaml.readTree(file.toFile());
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException(file + ": not a YAML object");
    }
    String kind = tree.path("kind").asText("");
    try {
      return switch (kind) {
        case VirtualMachineInstance.KIND ->
            defaults(yaml.treeToValue(tree, VirtualMachineInstance.class));
        case VirtualMachine.KIND -> fromVm(yaml.treeToValue(tree, VirtualMachine.class), file);
        default ->
            throw new IllegalArgumentException(
                file
                    + ": kind: expected VirtualMachine or VirtualMachineInstance, got '"
                    + kind
                    + "'");
      };
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(
          file + ": " + fieldPath(e) + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The JSON path of a mapping error, e.g. {@code spec.domain.devices.disks[0].disk.bus}. */
  public static String fieldPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "(document)" : path.toString();
  }

  private static VirtualMachineInstance fromVm(VirtualMachine vm, Path file) {
    VirtualMachineInstanceTemplateSpec t =
        Optional.ofNullable(vm.getSpec()).map(s -> s.getTemplate()).orElse(null);
    if (t == null || t.getSpec() == null) {
      throw new IllegalArgumentException(file + ": spec.template.spec: required");
    }
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    ObjectMeta meta = new ObjectMeta();
    meta.setName(vm.getMetadata().getName());
    meta.setNamespace(vm.getMetadata().getNamespace());
    Optional.ofNullable(t.getMetadata()).ifPresent(m -> meta.setLabels(m.getLabels()));
    Optional.ofNullable(t.getMetadata()).ifPresent(m -> meta.setAnnotations(m.getAnnotations()));
    vmi.setMetadata(meta);
    vmi.setSpec(t.getSpec());
    return defaults(vmi);
  }

  private static VirtualMachineInstance defaults(VirtualMachineInstance vmi) {
    if (vmi.getMetadata() == null || vmi.getMetadata().getName() == null) {
      throw new IllegalArgumentException("metadata.name: required");
    }
    if (vmi.getMetadata().getNamespace() == null) {
      vmi.getMetadata().setNamespace("default");
    }
    if (vmi.getMetadata().getUid() == null) {
      vmi.getMetadata()
          .setUid(
              UUID.nameUUIDFromBytes(
                      (vmi.getMetadata().getNamespace() + "/" + vmi.getMetadata().getName())
                          .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                  .toString());
    }
    return vmi;
  }
}
