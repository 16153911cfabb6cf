package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A UTC guest clock. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class ClockOffsetUtc extends ExtensibleObject {

  /** Seconds added to UTC. */
  @JsonPropertyDescription("Seconds added to UTC.")
  private Integer offsetSeconds;

  public Integer getOffsetSeconds() {
    return offsetSeconds;
  }

  public void setOffsetSeconds(Integer offsetSeconds) {
    this.offsetSeconds = offsetSeconds;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ClockOffsetUtc that = (ClockOffsetUtc) o;
    return Objects.equals(offsetSeconds, that.offsetSeconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), offsetSeconds);
  }
}
