package dev.coexist.crds.hco.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Min;
import java.util.List;
import java.util.Objects;

/**
 * The desired configuration of the virtualization platform; fields coexist does not model are kept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription(
    "The desired configuration of the virtualization platform; fields coexist does not model are kept.")
public class HyperConvergedSpec extends ExtensibleObject {

  /** Placement of the infrastructure components (kept as written). */
  @JsonPropertyDescription("Placement of the infrastructure components (kept as written).")
  @PreserveUnknownFields
  private OpenObject infra;

  /** Placement of the workload components (kept as written). */
  @JsonPropertyDescription("Placement of the workload components (kept as written).")
  @PreserveUnknownFields
  private OpenObject workloads;

  /** Feature gates by name (kept as written). */
  @JsonPropertyDescription("Feature gates by name (kept as written).")
  @PreserveUnknownFields
  private OpenObject featureGates;

  /** Live-migration settings. */
  @JsonPropertyDescription("Live-migration settings.")
  private LiveMigrationConfig liveMigrationConfig;

  /** Certificate rotation (kept as written). */
  @JsonPropertyDescription("Certificate rotation (kept as written).")
  @PreserveUnknownFields
  private OpenObject certConfig;

  /** Resource requirements of components (kept as written). */
  @JsonPropertyDescription("Resource requirements of components (kept as written).")
  @PreserveUnknownFields
  private OpenObject resourceRequirements;

  /** Import settings. */
  @JsonPropertyDescription("Import settings.")
  private StorageImportConfig storageImport;

  /** The StorageClass of CDI scratch PVCs. */
  @JsonPropertyDescription("The StorageClass of CDI scratch PVCs.")
  private String scratchSpaceStorageClass;

  /** Filesystem overhead (kept as written). */
  @JsonPropertyDescription("Filesystem overhead (kept as written).")
  @PreserveUnknownFields
  private OpenObject filesystemOverhead;

  /** Golden image import crons (kept as written). */
  @JsonPropertyDescription("Golden image import crons (kept as written).")
  @PreserveUnknownFields
  private List<OpenObject> dataImportCronTemplates;

  /** The namespace of the common templates. */
  @JsonPropertyDescription("The namespace of the common templates.")
  private String commonTemplatesNamespace;

  /** The namespace of the golden images. */
  @JsonPropertyDescription("The namespace of the golden images.")
  private String commonBootImageNamespace;

  /** Import the common golden images. */
  @JsonPropertyDescription("Import the common golden images.")
  private Boolean enableCommonBootImageImport;

  /** How VMIs with an outdated launcher are updated. */
  @JsonPropertyDescription("How VMIs with an outdated launcher are updated.")
  private WorkloadUpdateStrategy workloadUpdateStrategy;

  /** The default eviction strategy of VMIs. */
  @JsonPropertyDescription("The default eviction strategy of VMIs.")
  private String evictionStrategy;

  /** What deleting this CR does while workloads exist. */
  @JsonPropertyDescription("What deleting this CR does while workloads exist.")
  private HyperConvergedUninstallStrategy uninstallStrategy;

  /** vCPUs per requested CPU (10 if empty). */
  @JsonPropertyDescription("vCPUs per requested CPU (10 if empty).")
  @Min(1)
  private Integer vmiCPUAllocationRatio;

  /** Memory overcommit. */
  @JsonPropertyDescription("Memory overcommit.")
  private HigherWorkloadDensityConfig higherWorkloadDensity;

  /** Kernel samepage merging (kept as written). */
  @JsonPropertyDescription("Kernel samepage merging (kept as written).")
  @PreserveUnknownFields
  private OpenObject ksmConfiguration;

  /** TLS profile (kept as written). */
  @JsonPropertyDescription("TLS profile (kept as written).")
  @PreserveUnknownFields
  private OpenObject tlsSecurityProfile;

  /** Deploy the VM console proxy. */
  @JsonPropertyDescription("Deploy the VM console proxy.")
  private Boolean deployVmConsoleProxy;

  public OpenObject getInfra() {
    return infra;
  }

  public void setInfra(OpenObject infra) {
    this.infra = infra;
  }

  public OpenObject getWorkloads() {
    return workloads;
  }

  public void setWorkloads(OpenObject workloads) {
    this.workloads = workloads;
  }

  public OpenObject getFeatureGates() {
    return featureGates;
  }

  public void setFeatureGates(OpenObject featureGates) {
    this.featureGates = featureGates;
  }

  public LiveMigrationConfig getLiveMigrationConfig() {
    return liveMigrationConfig;
  }

  public void setLiveMigrationConfig(LiveMigrationConfig liveMigrationConfig) {
    this.liveMigrationConfig = liveMigrationConfig;
  }

  public OpenObject getCertConfig() {
    return certConfig;
  }

  public void setCertConfig(OpenObject certConfig) {
    this.certConfig = certConfig;
  }

  public OpenObject getResourceRequirements() {
    return resourceRequirements;
  }

  public void setResourceRequirements(OpenObject resourceRequirements) {
    this.resourceRequirements = resourceRequirements;
  }

  public StorageImportConfig getStorageImport() {
    return storageImport;
  }

  public void setStorageImport(StorageImportConfig storageImport) {
    this.storageImport = storageImport;
  }

  public String getScratchSpaceStorageClass() {
    return scratchSpaceStorageClass;
  }

  public void setScratchSpaceStorageClass(String scratchSpaceStorageClass) {
    this.scratchSpaceStorageClass = scratchSpaceStorageClass;
  }

  public OpenObject getFilesystemOverhead() {
    return filesystemOverhead;
  }

  public void setFilesystemOverhead(OpenObject filesystemOverhead) {
    this.filesystemOverhead = filesystemOverhead;
  }

  public List<OpenObject> getDataImportCronTemplates() {
    return dataImportCronTemplates;
  }

  public void setDataImportCronTemplates(List<OpenObject> dataImportCronTemplates) {
    this.dataImportCronTemplates = dataImportCronTemplates;
  }

  public String getCommonTemplatesNamespace() {
    return commonTemplatesNamespace;
  }

  public void setCommonTemplatesNamespace(String commonTemplatesNamespace) {
    this.commonTemplatesNamespace = commonTemplatesNamespace;
  }

  public String getCommonBootImageNamespace() {
    return commonBootImageNamespace;
  }

  public void setCommonBootImageNamespace(String commonBootImageNamespace) {
    this.commonBootImageNamespace = commonBootImageNamespace;
  }

  public Boolean getEnableCommonBootImageImport() {
    return enableCommonBootImageImport;
  }

  public void setEnableCommonBootImageImport(Boolean enableCommonBootImageImport) {
    this.enableCommonBootImageImport = enableCommonBootImageImport;
  }

  public WorkloadUpdateStrategy getWorkloadUpdateStrategy() {
    return workloadUpdateStrategy;
  }

  public void setWorkloadUpdateStrategy(WorkloadUpdateStrategy workloadUpdateStrategy) {
    this.workloadUpdateStrategy = workloadUpdateStrategy;
  }

  public String getEvictionStrategy() {
    return evictionStrategy;
  }

  public void setEvictionStrategy(String evictionStrategy) {
    this.evictionStrategy = evictionStrategy;
  }

  public HyperConvergedUninstallStrategy getUninstallStrategy() {
    return uninstallStrategy;
  }

  public void setUninstallStrategy(HyperConvergedUninstallStrategy uninstallStrategy) {
    this.uninstallStrategy = uninstallStrategy;
  }

  public Integer getVmiCPUAllocationRatio() {
    return vmiCPUAllocationRatio;
  }

  public void setVmiCPUAllocationRatio(Integer vmiCPUAllocationRatio) {
    this.vmiCPUAllocationRatio = vmiCPUAllocationRatio;
  }

  public HigherWorkloadDensityConfig getHigherWorkloadDensity() {
    return higherWorkloadDensity;
  }

  public void setHigherWorkloadDensity(HigherWorkloadDensityConfig higherWorkloadDensity) {
    this.higherWorkloadDensity = higherWorkloadDensity;
  }

  public OpenObject getKsmConfiguration() {
    return ksmConfiguration;
  }

  public void setKsmConfiguration(OpenObject ksmConfiguration) {
    this.ksmConfiguration = ksmConfiguration;
  }

  public OpenObject getTlsSecurityProfile() {
    return tlsSecurityProfile;
  }

  public void setTlsSecurityProfile(OpenObject tlsSecurityProfile) {
    this.tlsSecurityProfile = tlsSecurityProfile;
  }

  public Boolean getDeployVmConsoleProxy() {
    return deployVmConsoleProxy;
  }

  public void setDeployVmConsoleProxy(Boolean deployVmConsoleProxy) {
    this.deployVmConsoleProxy = deployVmConsoleProxy;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    HyperConvergedSpec that = (HyperConvergedSpec) o;
    return Objects.equals(infra, that.infra)
        && Objects.equals(workloads, that.workloads)
        && Objects.equals(featureGates, that.featureGates)
        && Objects.equals(liveMigrationConfig, that.liveMigrationConfig)
        && Objects.equals(certConfig, that.certConfig)
        && Objects.equals(resourceRequirements, that.resourceRequirements)
        && Objects.equals(storageImport, that.storageImport)
        && Objects.equals(scratchSpaceStorageClass, that.scratchSpaceStorageClass)
        && Objects.equals(filesystemOverhead, that.filesystemOverhead)
        && Objects.equals(dataImportCronTemplates, that.dataImportCronTemplates)
        && Objects.equals(commonTemplatesNamespace, that.commonTemplatesNamespace)
        && Objects.equals(commonBootImageNamespace, that.commonBootImageNamespace)
        && Objects.equals(enableCommonBootImageImport, that.enableCommonBootImageImport)
        && Objects.equals(workloadUpdateStrategy, that.workloadUpdateStrategy)
        && Objects.equals(evictionStrategy, that.evictionStrategy)
        && Objects.equals(uninstallStrategy, that.uninstallStrategy)
        && Objects.equals(vmiCPUAllocationRatio, that.vmiCPUAllocationRatio)
        && Objects.equals(higherWorkloadDensity, that.higherWorkloadDensity)
        && Objects.equals(ksmConfiguration, that.ksmConfiguration)
        && Objects.equals(tlsSecurityProfile, that.tlsSecurityProfile)
        && Objects.equals(deployVmConsoleProxy, that.deployVmConsoleProxy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        infra,
        workloads,
        featureGates,
        liveMigrationConfig,
        certConfig,
        resourceRequirements,
        storageImport,
        scratchSpaceStorageClass,
        filesystemOverhead,
        dataImportCronTemplates,
        commonTemplatesNamespace,
        commonBootImageNamespace,
        enableCommonBootImageImport,
        workloadUpdateStrategy,
        evictionStrategy,
        uninstallStrategy,
        vmiCPUAllocationRatio,
        higherWorkloadDensity,
        ksmConfiguration,
        tlsSecurityProfile,
        deployVmConsoleProxy);
  }
}
