package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A CPU feature and its policy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class CpuFeature extends ExtensibleObject {

  /** The feature name, e.g. vmx. */
  @JsonPropertyDescription("The feature name, e.g. vmx.")
  @Required
  private String name;

  /** force, require, optional, disable or forbid; require if empty. */
  @JsonPropertyDescription("force, require, optional, disable or forbid; require if empty.")
  private String policy;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPolicy() {
    return policy;
  }

  public void setPolicy(String policy) {
    this.policy = policy;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    CpuFeature that = (CpuFeature) o;
    return Objects.equals(name, that.name) && Objects.equals(policy, that.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), name, policy);
  }
}
