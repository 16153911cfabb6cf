package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** One snapshot of a multi-stage import. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DataVolumeCheckpoint extends ExtensibleObject {

  /** The previous snapshot. */
  @JsonPropertyDescription("The previous snapshot.")
  private String previous;

  /** The current snapshot. */
  @JsonPropertyDescription("The current snapshot.")
  @Required
  private String current;

  public String getPrevious() {
    return previous;
  }

  public void setPrevious(String previous) {
    this.previous = previous;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DataVolumeCheckpoint that = (DataVolumeCheckpoint) o;
    return Objects.equals(previous, that.previous) && Objects.equals(current, that.current);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), previous, current);
  }
}
