package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.Condition;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** The observed state of a DataVolume. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("The observed state of a DataVolume.")
public class DataVolumeStatus extends ExtensibleObject {

  /** The PVC that holds the data. */
  @JsonPropertyDescription("The PVC that holds the data.")
  private String claimName;

  /** The phase. */
  @JsonPropertyDescription("The phase.")
  private DataVolumePhase phase;

  /** Progress as NN.NN% or N/A. */
  @JsonPropertyDescription("Progress as NN.NN% or N/A.")
  private String progress;

  /** How often the worker pod restarted. */
  @JsonPropertyDescription("How often the worker pod restarted.")
  private Integer restartCount;

  /** Bound, Running and Ready. */
  @JsonPropertyDescription("Bound, Running and Ready.")
  private List<Condition> conditions;

  public String getClaimName() {
    return claimName;
  }

  public void setClaimName(String claimName) {
    this.claimName = claimName;
  }

  public DataVolumePhase getPhase() {
    return phase;
  }

  public void setPhase(DataVolumePhase phase) {
    this.phase = phase;
  }

  public String getProgress() {
    return progress;
  }

  public void setProgress(String progress) {
    this.progress = progress;
  }

  public Integer getRestartCount() {
    return restartCount;
  }

  public void setRestartCount(Integer restartCount) {
    this.restartCount = restartCount;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DataVolumeStatus that = (DataVolumeStatus) o;
    return Objects.equals(claimName, that.claimName)
        && Objects.equals(phase, that.phase)
        && Objects.equals(progress, that.progress)
        && Objects.equals(restartCount, that.restartCount)
        && Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), claimName, phase, progress, restartCount, conditions);
  }
}
