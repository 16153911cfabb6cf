package dev.coexist.crds.hco.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.Condition;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.util.List;
import java.util.Objects;

/** The observed state of the platform, the worst state across its components. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("The observed state of the platform, the worst state across its components.")
public class HyperConvergedStatus extends ExtensibleObject {

  /** ReconcileComplete, Available, Progressing, Degraded, Upgradeable, TaintedConfiguration. */
  @JsonPropertyDescription(
      "ReconcileComplete, Available, Progressing, Degraded, Upgradeable, TaintedConfiguration.")
  private List<Condition> conditions;

  /** Objects the operator manages. */
  @JsonPropertyDescription("Objects the operator manages.")
  private List<ObjectReference> relatedObjects;

  /** Versions of the operator and its components. */
  @JsonPropertyDescription("Versions of the operator and its components.")
  private List<OperandVersion> versions;

  /** The metadata.generation this status was computed from. */
  @JsonPropertyDescription("The metadata.generation this status was computed from.")
  private Long observedGeneration;

  /** The cron schedule of golden image imports. */
  @JsonPropertyDescription("The cron schedule of golden image imports.")
  private String dataImportSchedule;

  /** Golden image crons in effect (kept as written). */
  @JsonPropertyDescription("Golden image crons in effect (kept as written).")
  @PreserveUnknownFields
  private List<OpenObject> dataImportCronTemplates;

  /** healthy, warning or error. */
  @JsonPropertyDescription("healthy, warning or error.")
  private String systemHealthStatus;

  /** The infrastructure has more than one node. */
  @JsonPropertyDescription("The infrastructure has more than one node.")
  private Boolean infrastructureHighlyAvailable;

  /** Node facts (kept as written). */
  @JsonPropertyDescription("Node facts (kept as written).")
  @PreserveUnknownFields
  private OpenObject nodeInfo;

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public List<ObjectReference> getRelatedObjects() {
    return relatedObjects;
  }

  public void setRelatedObjects(List<ObjectReference> relatedObjects) {
    this.relatedObjects = relatedObjects;
  }

  public List<OperandVersion> getVersions() {
    return versions;
  }

  public void setVersions(List<OperandVersion> versions) {
    this.versions = versions;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public String getDataImportSchedule() {
    return dataImportSchedule;
  }

  public void setDataImportSchedule(String dataImportSchedule) {
    this.dataImportSchedule = dataImportSchedule;
  }

  public List<OpenObject> getDataImportCronTemplates() {
    return dataImportCronTemplates;
  }

  public void setDataImportCronTemplates(List<OpenObject> dataImportCronTemplates) {
    this.dataImportCronTemplates = dataImportCronTemplates;
  }

  public String getSystemHealthStatus() {
    return systemHealthStatus;
  }

  public void setSystemHealthStatus(String systemHealthStatus) {
    this.systemHealthStatus = systemHealthStatus;
  }

  public Boolean getInfrastructureHighlyAvailable() {
    return infrastructureHighlyAvailable;
  }

  public void setInfrastructureHighlyAvailable(Boolean infrastructureHighlyAvailable) {
    this.infrastructureHighlyAvailable = infrastructureHighlyAvailable;
  }

  public OpenObject getNodeInfo() {
    return nodeInfo;
  }

  public void setNodeInfo(OpenObject nodeInfo) {
    this.nodeInfo = nodeInfo;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    HyperConvergedStatus that = (HyperConvergedStatus) o;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(relatedObjects, that.relatedObjects)
        && Objects.equals(versions, that.versions)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(dataImportSchedule, that.dataImportSchedule)
        && Objects.equals(dataImportCronTemplates, that.dataImportCronTemplates)
        && Objects.equals(systemHealthStatus, that.systemHealthStatus)
        && Objects.equals(infrastructureHighlyAvailable, that.infrastructureHighlyAvailable)
        && Objects.equals(nodeInfo, that.nodeInfo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        conditions,
        relatedObjects,
        versions,
        observedGeneration,
        dataImportSchedule,
        dataImportCronTemplates,
        systemHealthStatus,
        infrastructureHighlyAvailable,
        nodeInfo);
  }
}
