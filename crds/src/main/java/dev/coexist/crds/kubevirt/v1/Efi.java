package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** UEFI boot. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Efi extends ExtensibleObject {

  /** Enable Secure Boot (needs SMM); true if empty. */
  @JsonPropertyDescription("Enable Secure Boot (needs SMM); true if empty.")
  private Boolean secureBoot;

  /** Keep the EFI variable store across restarts. */
  @JsonPropertyDescription("Keep the EFI variable store across restarts.")
  private Boolean persistent;

  public Boolean getSecureBoot() {
    return secureBoot;
  }

  public void setSecureBoot(Boolean secureBoot) {
    this.secureBoot = secureBoot;
  }

  public Boolean getPersistent() {
    return persistent;
  }

  public void setPersistent(Boolean persistent) {
    this.persistent = persistent;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Efi that = (Efi) o;
    return Objects.equals(secureBoot, that.secureBoot)
        && Objects.equals(persistent, that.persistent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), secureBoot, persistent);
  }
}
