package dev.coexist.crds.hco.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** Import settings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class StorageImportConfig extends ExtensibleObject {

  /** Registries reached without TLS verification. */
  @JsonPropertyDescription("Registries reached without TLS verification.")
  private List<String> insecureRegistries;

  public List<String> getInsecureRegistries() {
    return insecureRegistries;
  }

  public void setInsecureRegistries(List<String> insecureRegistries) {
    this.insecureRegistries = insecureRegistries;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    StorageImportConfig that = (StorageImportConfig) o;
    return Objects.equals(insecureRegistries, that.insecureRegistries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), insecureRegistries);
  }
}
