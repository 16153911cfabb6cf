package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Objects;

/** A temporary empty disk. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class EmptyDiskSource extends ExtensibleObject {

  /** The disk size. */
  @JsonPropertyDescription("The disk size.")
  @Required
  private Quantity capacity;

  public Quantity getCapacity() {
    return capacity;
  }

  public void setCapacity(Quantity capacity) {
    this.capacity = capacity;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    EmptyDiskSource that = (EmptyDiskSource) o;
    return Objects.equals(capacity, that.capacity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), capacity);
  }
}
