package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A virtio random number generator. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Rng extends ExtensibleObject {

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode());
  }
}
