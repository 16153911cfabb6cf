package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.cdi.v1beta1.DataVolumeSpec;
import dev.coexist.crds.model.EmptySchema;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Objects;

/** A DataVolume created with the VM; its lifecycle follows the VM. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DataVolumeTemplateSpec extends ExtensibleObject {

  /** cdi.kubevirt.io/v1beta1, or empty. */
  @JsonPropertyDescription("cdi.kubevirt.io/v1beta1, or empty.")
  private String apiVersion;

  /** DataVolume, or empty. */
  @JsonPropertyDescription("DataVolume, or empty.")
  private String kind;

  /** The DataVolume's name, labels and annotations. */
  @JsonPropertyDescription("The DataVolume's name, labels and annotations.")
  @PreserveUnknownFields
  @SchemaFrom(type = EmptySchema.class)
  private ObjectMeta metadata;

  /** The DataVolume spec. */
  @JsonPropertyDescription("The DataVolume spec.")
  @Required
  private DataVolumeSpec spec;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public DataVolumeSpec getSpec() {
    return spec;
  }

  public void setSpec(DataVolumeSpec spec) {
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
    DataVolumeTemplateSpec that = (DataVolumeTemplateSpec) o;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(spec, that.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), apiVersion, kind, metadata, spec);
  }
}
