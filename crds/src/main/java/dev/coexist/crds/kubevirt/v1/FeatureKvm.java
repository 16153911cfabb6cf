package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** KVM features. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class FeatureKvm extends ExtensibleObject {

  /** Hide the KVM signature from the guest. */
  @JsonPropertyDescription("Hide the KVM signature from the guest.")
  private Boolean hidden;

  public Boolean getHidden() {
    return hidden;
  }

  public void setHidden(Boolean hidden) {
    this.hidden = hidden;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    FeatureKvm that = (FeatureKvm) o;
    return Objects.equals(hidden, that.hidden);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), hidden);
  }
}
