package dev.coexist.crds.hco.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** How VMIs with an outdated launcher are updated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class WorkloadUpdateStrategy extends ExtensibleObject {

  /** LiveMigrate and/or Evict. */
  @JsonPropertyDescription("LiveMigrate and/or Evict.")
  private List<String> workloadUpdateMethods;

  /** VMIs evicted per batch (10 if empty). */
  @JsonPropertyDescription("VMIs evicted per batch (10 if empty).")
  private Integer batchEvictionSize;

  /** The interval between batches (1m0s if empty). */
  @JsonPropertyDescription("The interval between batches (1m0s if empty).")
  private String batchEvictionInterval;

  public List<String> getWorkloadUpdateMethods() {
    return workloadUpdateMethods;
  }

  public void setWorkloadUpdateMethods(List<String> workloadUpdateMethods) {
    this.workloadUpdateMethods = workloadUpdateMethods;
  }

  public Integer getBatchEvictionSize() {
    return batchEvictionSize;
  }

  public void setBatchEvictionSize(Integer batchEvictionSize) {
    this.batchEvictionSize = batchEvictionSize;
  }

  public String getBatchEvictionInterval() {
    return batchEvictionInterval;
  }

  public void setBatchEvictionInterval(String batchEvictionInterval) {
    this.batchEvictionInterval = batchEvictionInterval;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    WorkloadUpdateStrategy that = (WorkloadUpdateStrategy) o;
    return Objects.equals(workloadUpdateMethods, that.workloadUpdateMethods)
        && Objects.equals(batchEvictionSize, that.batchEvictionSize)
        && Objects.equals(batchEvictionInterval, that.batchEvictionInterval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(), workloadUpdateMethods, batchEvictionSize, batchEvictionInterval);
  }
}
