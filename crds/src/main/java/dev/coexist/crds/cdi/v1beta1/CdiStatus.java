package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.Condition;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** The observed state of the CDI installation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("The observed state of the CDI installation.")
public class CdiStatus extends ExtensibleObject {

  /** The deployment phase. */
  @JsonPropertyDescription("The deployment phase.")
  private CdiPhase phase;

  /** Available, Progressing, Degraded. */
  @JsonPropertyDescription("Available, Progressing, Degraded.")
  private List<Condition> conditions;

  /** The operator's version. */
  @JsonPropertyDescription("The operator's version.")
  private String operatorVersion;

  /** The version being deployed. */
  @JsonPropertyDescription("The version being deployed.")
  private String targetVersion;

  /** The deployed version. */
  @JsonPropertyDescription("The deployed version.")
  private String observedVersion;

  public CdiPhase getPhase() {
    return phase;
  }

  public void setPhase(CdiPhase phase) {
    this.phase = phase;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public String getOperatorVersion() {
    return operatorVersion;
  }

  public void setOperatorVersion(String operatorVersion) {
    this.operatorVersion = operatorVersion;
  }

  public String getTargetVersion() {
    return targetVersion;
  }

  public void setTargetVersion(String targetVersion) {
    this.targetVersion = targetVersion;
  }

  public String getObservedVersion() {
    return observedVersion;
  }

  public void setObservedVersion(String observedVersion) {
    this.observedVersion = observedVersion;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    CdiStatus that = (CdiStatus) o;
    return Objects.equals(phase, that.phase)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(operatorVersion, that.operatorVersion)
        && Objects.equals(targetVersion, that.targetVersion)
        && Objects.equals(observedVersion, that.observedVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(), phase, conditions, operatorVersion, targetVersion, observedVersion);
  }
}
