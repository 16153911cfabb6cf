package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** Legacy BIOS boot. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Bios extends ExtensibleObject {

  /** Show BIOS output on the serial console. */
  @JsonPropertyDescription("Show BIOS output on the serial console.")
  private Boolean useSerial;

  public Boolean getUseSerial() {
    return useSerial;
  }

  public void setUseSerial(Boolean useSerial) {
    this.useSerial = useSerial;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Bios that = (Bios) o;
    return Objects.equals(useSerial, that.useSerial);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), useSerial);
  }
}
