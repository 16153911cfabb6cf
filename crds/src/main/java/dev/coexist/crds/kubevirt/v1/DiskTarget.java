package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A volume attached as a disk. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DiskTarget extends ExtensibleObject {

  /** The bus: virtio, sata, scsi or usb; virtio if empty. */
  @JsonPropertyDescription("The bus: virtio, sata, scsi or usb; virtio if empty.")
  private DiskBus bus;

  /** Attach the disk read-only. */
  @JsonPropertyDescription("Attach the disk read-only.")
  private Boolean readonly;

  /** The guest PCI address, e.g. 0000:81:01.10. */
  @JsonPropertyDescription("The guest PCI address, e.g. 0000:81:01.10.")
  private String pciAddress;

  public DiskBus getBus() {
    return bus;
  }

  public void setBus(DiskBus bus) {
    this.bus = bus;
  }

  public Boolean getReadonly() {
    return readonly;
  }

  public void setReadonly(Boolean readonly) {
    this.readonly = readonly;
  }

  public String getPciAddress() {
    return pciAddress;
  }

  public void setPciAddress(String pciAddress) {
    this.pciAddress = pciAddress;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DiskTarget that = (DiskTarget) o;
    return Objects.equals(bus, that.bus)
        && Objects.equals(readonly, that.readonly)
        && Objects.equals(pciAddress, that.pciAddress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), bus, readonly, pciAddress);
  }
}
