package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** Firmware settings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Firmware extends ExtensibleObject {

  /** The SMBIOS UUID of the guest; derived from the VM if empty. */
  @JsonPropertyDescription("The SMBIOS UUID of the guest; derived from the VM if empty.")
  private String uuid;

  /** The SMBIOS serial number of the guest. */
  @JsonPropertyDescription("The SMBIOS serial number of the guest.")
  private String serial;

  /** BIOS or EFI. */
  @JsonPropertyDescription("BIOS or EFI.")
  private Bootloader bootloader;

  /** Boot a kernel and initrd from a container image (kept as written). */
  @JsonPropertyDescription("Boot a kernel and initrd from a container image (kept as written).")
  @PreserveUnknownFields
  private OpenObject kernelBoot;

  /** Extra ACPI tables (kept as written). */
  @JsonPropertyDescription("Extra ACPI tables (kept as written).")
  @PreserveUnknownFields
  private OpenObject acpi;

  public String getUuid() {
    return uuid;
  }

  public void setUuid(String uuid) {
    this.uuid = uuid;
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
  }

  public Bootloader getBootloader() {
    return bootloader;
  }

  public void setBootloader(Bootloader bootloader) {
    this.bootloader = bootloader;
  }

  public OpenObject getKernelBoot() {
    return kernelBoot;
  }

  public void setKernelBoot(OpenObject kernelBoot) {
    this.kernelBoot = kernelBoot;
  }

  public OpenObject getAcpi() {
    return acpi;
  }

  public void setAcpi(OpenObject acpi) {
    this.acpi = acpi;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Firmware that = (Firmware) o;
    return Objects.equals(uuid, that.uuid)
        && Objects.equals(serial, that.serial)
        && Objects.equals(bootloader, that.bootloader)
        && Objects.equals(kernelBoot, that.kernelBoot)
        && Objects.equals(acpi, that.acpi);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), uuid, serial, bootloader, kernelBoot, acpi);
  }
}
