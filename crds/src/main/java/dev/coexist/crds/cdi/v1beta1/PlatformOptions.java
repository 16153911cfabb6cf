package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** The platform of a multi-arch image. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class PlatformOptions extends ExtensibleObject {

  /** The architecture, e.g. amd64. */
  @JsonPropertyDescription("The architecture, e.g. amd64.")
  private String architecture;

  public String getArchitecture() {
    return architecture;
  }

  public void setArchitecture(String architecture) {
    this.architecture = architecture;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    PlatformOptions that = (PlatformOptions) o;
    return Objects.equals(architecture, that.architecture);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), architecture);
  }
}
