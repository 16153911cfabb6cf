package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.EmptySchema;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Objects;

/** The template of the VMI a VM creates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class VirtualMachineInstanceTemplateSpec extends ExtensibleObject {

  /** Labels and annotations copied to the VMI. */
  @JsonPropertyDescription("Labels and annotations copied to the VMI.")
  @PreserveUnknownFields
  @SchemaFrom(type = EmptySchema.class)
  private ObjectMeta metadata;

  /** The VMI spec. */
  @JsonPropertyDescription("The VMI spec.")
  private VirtualMachineInstanceSpec spec;

  public ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public VirtualMachineInstanceSpec getSpec() {
    return spec;
  }

  public void setSpec(VirtualMachineInstanceSpec spec) {
    this.spec = spec;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineInstanceTemplateSpec that = (VirtualMachineInstanceTemplateSpec) o;
    return Objects.equals(metadata, that.metadata) && Objects.equals(spec, that.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), metadata, spec);
  }
}
