package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A volume attached as a CD-ROM. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class CdromTarget extends ExtensibleObject {

  /** The bus: virtio, sata, scsi or usb; sata if empty. */
  @JsonPropertyDescription("The bus: virtio, sata, scsi or usb; sata if empty.")
  private DiskBus bus;

  /** Read-only; always true for a CD-ROM. */
  @JsonPropertyDescription("Read-only; always true for a CD-ROM.")
  private Boolean readonly;

  /** The tray state: closed or open. */
  @JsonPropertyDescription("The tray state: closed or open.")
  private String tray;

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

  public String getTray() {
    return tray;
  }

  public void setTray(String tray) {
    this.tray = tray;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    CdromTarget that = (CdromTarget) o;
    return Objects.equals(bus, that.bus)
        && Objects.equals(readonly, that.readonly)
        && Objects.equals(tray, that.tray);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), bus, readonly, tray);
  }
}
