package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.Condition;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** The observed state of the KubeVirt installation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("The observed state of the KubeVirt installation.")
public class KubeVirtStatus extends ExtensibleObject {

  /** Deploying, Deployed, Deleting or Deleted. */
  @JsonPropertyDescription("Deploying, Deployed, Deleting or Deleted.")
  private KubeVirtPhase phase;

  /** Available, Progressing, Degraded, Created, Synchronized. */
  @JsonPropertyDescription("Available, Progressing, Degraded, Created, Synchronized.")
  private List<Condition> conditions;

  /** The operator's version. */
  @JsonPropertyDescription("The operator's version.")
  private String operatorVersion;

  /** The version being deployed. */
  @JsonPropertyDescription("The version being deployed.")
  private String targetKubeVirtVersion;

  /** The registry being deployed from. */
  @JsonPropertyDescription("The registry being deployed from.")
  private String targetKubeVirtRegistry;

  /** The deployment config being deployed. */
  @JsonPropertyDescription("The deployment config being deployed.")
  private String targetDeploymentConfig;

  /** The ID of the deployment being deployed. */
  @JsonPropertyDescription("The ID of the deployment being deployed.")
  private String targetDeploymentID;

  /** The deployed version. */
  @JsonPropertyDescription("The deployed version.")
  private String observedKubeVirtVersion;

  /** The deployed registry. */
  @JsonPropertyDescription("The deployed registry.")
  private String observedKubeVirtRegistry;

  /** The deployed deployment config. */
  @JsonPropertyDescription("The deployed deployment config.")
  private String observedDeploymentConfig;

  /** The ID of the deployed deployment. */
  @JsonPropertyDescription("The ID of the deployed deployment.")
  private String observedDeploymentID;

  /** VMIs running an outdated launcher. */
  @JsonPropertyDescription("VMIs running an outdated launcher.")
  private Integer outdatedVirtualMachineInstanceWorkloads;

  /** The default guest architecture. */
  @JsonPropertyDescription("The default guest architecture.")
  private String defaultArchitecture;

  /** The metadata.generation this status was computed from. */
  @JsonPropertyDescription("The metadata.generation this status was computed from.")
  private Long observedGeneration;

  /** Generations of the managed objects (kept as written). */
  @JsonPropertyDescription("Generations of the managed objects (kept as written).")
  @PreserveUnknownFields
  private List<OpenObject> generations;

  public KubeVirtPhase getPhase() {
    return phase;
  }

  public void setPhase(KubeVirtPhase phase) {
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

  public String getTargetKubeVirtVersion() {
    return targetKubeVirtVersion;
  }

  public void setTargetKubeVirtVersion(String targetKubeVirtVersion) {
    this.targetKubeVirtVersion = targetKubeVirtVersion;
  }

  public String getTargetKubeVirtRegistry() {
    return targetKubeVirtRegistry;
  }

  public void setTargetKubeVirtRegistry(String targetKubeVirtRegistry) {
    this.targetKubeVirtRegistry = targetKubeVirtRegistry;
  }

  public String getTargetDeploymentConfig() {
    return targetDeploymentConfig;
  }

  public void setTargetDeploymentConfig(String targetDeploymentConfig) {
    this.targetDeploymentConfig = targetDeploymentConfig;
  }

  public String getTargetDeploymentID() {
    return targetDeploymentID;
  }

  public void setTargetDeploymentID(String targetDeploymentID) {
    this.targetDeploymentID = targetDeploymentID;
  }

  public String getObservedKubeVirtVersion() {
    return observedKubeVirtVersion;
  }

  public void setObservedKubeVirtVersion(String observedKubeVirtVersion) {
    this.observedKubeVirtVersion = observedKubeVirtVersion;
  }

  public String getObservedKubeVirtRegistry() {
    return observedKubeVirtRegistry;
  }

  public void setObservedKubeVirtRegistry(String observedKubeVirtRegistry) {
    this.observedKubeVirtRegistry = observedKubeVirtRegistry;
  }

  public String getObservedDeploymentConfig() {
    return observedDeploymentConfig;
  }

  public void setObservedDeploymentConfig(String observedDeploymentConfig) {
    this.observedDeploymentConfig = observedDeploymentConfig;
  }

  public String getObservedDeploymentID() {
    return observedDeploymentID;
  }

  public void setObservedDeploymentID(String observedDeploymentID) {
    this.observedDeploymentID = observedDeploymentID;
  }

  public Integer getOutdatedVirtualMachineInstanceWorkloads() {
    return outdatedVirtualMachineInstanceWorkloads;
  }

  public void setOutdatedVirtualMachineInstanceWorkloads(
      Integer outdatedVirtualMachineInstanceWorkloads) {
    this.outdatedVirtualMachineInstanceWorkloads = outdatedVirtualMachineInstanceWorkloads;
  }

  public String getDefaultArchitecture() {
    return defaultArchitecture;
  }

  public void setDefaultArchitecture(String defaultArchitecture) {
    this.defaultArchitecture = defaultArchitecture;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public List<OpenObject> getGenerations() {
    return generations;
  }

  public void setGenerations(List<OpenObject> generations) {
    this.generations = generations;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    KubeVirtStatus that = (KubeVirtStatus) o;
    return Objects.equals(phase, that.phase)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(operatorVersion, that.operatorVersion)
        && Objects.equals(targetKubeVirtVersion, that.targetKubeVirtVersion)
        && Objects.equals(targetKubeVirtRegistry, that.targetKubeVirtRegistry)
        && Objects.equals(targetDeploymentConfig, that.targetDeploymentConfig)
        && Objects.equals(targetDeploymentID, that.targetDeploymentID)
        && Objects.equals(observedKubeVirtVersion, that.observedKubeVirtVersion)
        && Objects.equals(observedKubeVirtRegistry, that.observedKubeVirtRegistry)
        && Objects.equals(observedDeploymentConfig, that.observedDeploymentConfig)
        && Objects.equals(observedDeploymentID, that.observedDeploymentID)
        && Objects.equals(
            outdatedVirtualMachineInstanceWorkloads, that.outdatedVirtualMachineInstanceWorkloads)
        && Objects.equals(defaultArchitecture, that.defaultArchitecture)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(generations, that.generations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        phase,
        conditions,
        operatorVersion,
        targetKubeVirtVersion,
        targetKubeVirtRegistry,
        targetDeploymentConfig,
        targetDeploymentID,
        observedKubeVirtVersion,
        observedKubeVirtRegistry,
        observedDeploymentConfig,
        observedDeploymentID,
        outdatedVirtualMachineInstanceWorkloads,
        defaultArchitecture,
        observedGeneration,
        generations);
  }
}
