package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** The APIC feature. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class FeatureApic extends ExtensibleObject {

  /** Whether the APIC is on; true if empty. */
  @JsonPropertyDescription("Whether the APIC is on; true if empty.")
  private Boolean enabled;

  /** Enable the EOI extension. */
  @JsonPropertyDescription("Enable the EOI extension.")
  private Boolean endOfInterrupt;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public Boolean getEndOfInterrupt() {
    return endOfInterrupt;
  }

  public void setEndOfInterrupt(Boolean endOfInterrupt) {
    this.endOfInterrupt = endOfInterrupt;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    FeatureApic that = (FeatureApic) o;
    return Objects.equals(enabled, that.enabled)
        && Objects.equals(endOfInterrupt, that.endOfInterrupt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), enabled, endOfInterrupt);
  }
}
