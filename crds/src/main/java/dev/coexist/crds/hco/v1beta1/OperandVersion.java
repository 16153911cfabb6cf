package dev.coexist.crds.hco.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A component's version. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class OperandVersion extends ExtensibleObject {

  /** The component. */
  @JsonPropertyDescription("The component.")
  private String name;

  /** Its version. */
  @JsonPropertyDescription("Its version.")
  private String version;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    OperandVersion that = (OperandVersion) o;
    return Objects.equals(name, that.name) && Objects.equals(version, that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), name, version);
  }
}
