package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Objects;

/** The guest memory. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Memory extends ExtensibleObject {

  /** The memory the guest sees; the memory request if empty. */
  @JsonPropertyDescription("The memory the guest sees; the memory request if empty.")
  private Quantity guest;

  /** The upper bound for memory hotplug. */
  @JsonPropertyDescription("The upper bound for memory hotplug.")
  private Quantity maxGuest;

  /** Back the guest memory with hugepages. */
  @JsonPropertyDescription("Back the guest memory with hugepages.")
  private Hugepages hugepages;

  /** Memory added to the launcher pod on top of the computed overhead (kept as written). */
  @JsonPropertyDescription(
      "Memory added to the launcher pod on top of the computed overhead (kept as written).")
  @PreserveUnknownFields
  private OpenObject reservedOverhead;

  public Quantity getGuest() {
    return guest;
  }

  public void setGuest(Quantity guest) {
    this.guest = guest;
  }

  public Quantity getMaxGuest() {
    return maxGuest;
  }

  public void setMaxGuest(Quantity maxGuest) {
    this.maxGuest = maxGuest;
  }

  public Hugepages getHugepages() {
    return hugepages;
  }

  public void setHugepages(Hugepages hugepages) {
    this.hugepages = hugepages;
  }

  public OpenObject getReservedOverhead() {
    return reservedOverhead;
  }

  public void setReservedOverhead(OpenObject reservedOverhead) {
    this.reservedOverhead = reservedOverhead;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Memory that = (Memory) o;
    return Objects.equals(guest, that.guest)
        && Objects.equals(maxGuest, that.maxGuest)
        && Objects.equals(hugepages, that.hugepages)
        && Objects.equals(reservedOverhead, that.reservedOverhead);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), guest, maxGuest, hugepages, reservedOverhead);
  }
}
