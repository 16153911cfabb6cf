package dev.coexist.crds.hco.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Min;
import java.util.Objects;

/** Memory overcommit. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class HigherWorkloadDensityConfig extends ExtensibleObject {

  /** Percent of guest memory the launcher requests (100 if empty). */
  @JsonPropertyDescription("Percent of guest memory the launcher requests (100 if empty).")
  @Min(10)
  private Integer memoryOvercommitPercentage;

  public Integer getMemoryOvercommitPercentage() {
    return memoryOvercommitPercentage;
  }

  public void setMemoryOvercommitPercentage(Integer memoryOvercommitPercentage) {
    this.memoryOvercommitPercentage = memoryOvercommitPercentage;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    HigherWorkloadDensityConfig that = (HigherWorkloadDensityConfig) o;
    return Objects.equals(memoryOvercommitPercentage, that.memoryOvercommitPercentage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), memoryOvercommitPercentage);
  }
}
