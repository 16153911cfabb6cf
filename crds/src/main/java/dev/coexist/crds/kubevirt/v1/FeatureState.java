package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** An on/off hypervisor feature; present means enabled unless enabled is false. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class FeatureState extends ExtensibleObject {

  /** Whether the feature is on; true if empty. */
  @JsonPropertyDescription("Whether the feature is on; true if empty.")
  private Boolean enabled;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    FeatureState that = (FeatureState) o;
    return Objects.equals(enabled, that.enabled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), enabled);
  }
}
