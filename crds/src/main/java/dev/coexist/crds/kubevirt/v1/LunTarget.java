package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A volume attached as a SCSI LUN. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class LunTarget extends ExtensibleObject {

  /** The bus: virtio, sata, scsi or usb. */
  @JsonPropertyDescription("The bus: virtio, sata, scsi or usb.")
  private DiskBus bus;

  /** Attach the LUN read-only. */
  @JsonPropertyDescription("Attach the LUN read-only.")
  private Boolean readonly;

  /** Allow SCSI persistent reservations. */
  @JsonPropertyDescription("Allow SCSI persistent reservations.")
  private Boolean reservation;

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

  public Boolean getReservation() {
    return reservation;
  }

  public void setReservation(Boolean reservation) {
    this.reservation = reservation;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    LunTarget that = (LunTarget) o;
    return Objects.equals(bus, that.bus)
        && Objects.equals(readonly, that.readonly)
        && Objects.equals(reservation, that.reservation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), bus, readonly, reservation);
  }
}
