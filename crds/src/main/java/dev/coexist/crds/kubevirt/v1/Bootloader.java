package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** The bootloader: exactly one of bios or efi. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Bootloader extends ExtensibleObject {

  /** Legacy BIOS (SeaBIOS). */
  @JsonPropertyDescription("Legacy BIOS (SeaBIOS).")
  private Bios bios;

  /** UEFI (OVMF). */
  @JsonPropertyDescription("UEFI (OVMF).")
  private Efi efi;

  public Bios getBios() {
    return bios;
  }

  public void setBios(Bios bios) {
    this.bios = bios;
  }

  public Efi getEfi() {
    return efi;
  }

  public void setEfi(Efi efi) {
    this.efi = efi;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Bootloader that = (Bootloader) o;
    return Objects.equals(bios, that.bios) && Objects.equals(efi, that.efi);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), bios, efi);
  }
}
