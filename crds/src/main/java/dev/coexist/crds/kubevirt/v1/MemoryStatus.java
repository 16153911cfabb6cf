package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Objects;

/** The guest memory in effect. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class MemoryStatus extends ExtensibleObject {

  /** The guest memory at boot. */
  @JsonPropertyDescription("The guest memory at boot.")
  private Quantity guestAtBoot;

  /** The current guest memory. */
  @JsonPropertyDescription("The current guest memory.")
  private Quantity guestCurrent;

  /** The requested guest memory. */
  @JsonPropertyDescription("The requested guest memory.")
  private Quantity guestRequested;

  /** The virtualization overhead. */
  @JsonPropertyDescription("The virtualization overhead.")
  private Quantity memoryOverhead;

  public Quantity getGuestAtBoot() {
    return guestAtBoot;
  }

  public void setGuestAtBoot(Quantity guestAtBoot) {
    this.guestAtBoot = guestAtBoot;
  }

  public Quantity getGuestCurrent() {
    return guestCurrent;
  }

  public void setGuestCurrent(Quantity guestCurrent) {
    this.guestCurrent = guestCurrent;
  }

  public Quantity getGuestRequested() {
    return guestRequested;
  }

  public void setGuestRequested(Quantity guestRequested) {
    this.guestRequested = guestRequested;
  }

  public Quantity getMemoryOverhead() {
    return memoryOverhead;
  }

  public void setMemoryOverhead(Quantity memoryOverhead) {
    this.memoryOverhead = memoryOverhead;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    MemoryStatus that = (MemoryStatus) o;
    return Objects.equals(guestAtBoot, that.guestAtBoot)
        && Objects.equals(guestCurrent, that.guestCurrent)
        && Objects.equals(guestRequested, that.guestRequested)
        && Objects.equals(memoryOverhead, that.memoryOverhead);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(), guestAtBoot, guestCurrent, guestRequested, memoryOverhead);
  }
}
