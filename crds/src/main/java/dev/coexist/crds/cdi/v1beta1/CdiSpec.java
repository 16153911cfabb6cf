package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** The CDI installation and its configuration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("The CDI installation and its configuration.")
public class CdiSpec extends ExtensibleObject {

  /** The pull policy of the component images. */
  @JsonPropertyDescription("The pull policy of the component images.")
  private String imagePullPolicy;

  /** RemoveWorkloads or BlockUninstallIfWorkloadsExist. */
  @JsonPropertyDescription("RemoveWorkloads or BlockUninstallIfWorkloadsExist.")
  private String uninstallStrategy;

  /** copy, snapshot or csi-clone for all clones. */
  @JsonPropertyDescription("copy, snapshot or csi-clone for all clones.")
  private String cloneStrategyOverride;

  /** The CDI configuration. */
  @JsonPropertyDescription("The CDI configuration.")
  private CdiConfigSpec config;

  /** The priority class of the components. */
  @JsonPropertyDescription("The priority class of the components.")
  private String priorityClass;

  /** Placement of the control plane (kept as written). */
  @JsonPropertyDescription("Placement of the control plane (kept as written).")
  @PreserveUnknownFields
  private OpenObject infra;

  /** Placement of worker pods (kept as written). */
  @JsonPropertyDescription("Placement of worker pods (kept as written).")
  @PreserveUnknownFields
  private OpenObject workload;

  /** Patches to component objects (kept as written). */
  @JsonPropertyDescription("Patches to component objects (kept as written).")
  @PreserveUnknownFields
  private OpenObject customizeComponents;

  /** Certificate rotation (kept as written). */
  @JsonPropertyDescription("Certificate rotation (kept as written).")
  @PreserveUnknownFields
  private OpenObject certConfig;

  public String getImagePullPolicy() {
    return imagePullPolicy;
  }

  public void setImagePullPolicy(String imagePullPolicy) {
    this.imagePullPolicy = imagePullPolicy;
  }

  public String getUninstallStrategy() {
    return uninstallStrategy;
  }

  public void setUninstallStrategy(String uninstallStrategy) {
    this.uninstallStrategy = uninstallStrategy;
  }

  public String getCloneStrategyOverride() {
    return cloneStrategyOverride;
  }

  public void setCloneStrategyOverride(String cloneStrategyOverride) {
    this.cloneStrategyOverride = cloneStrategyOverride;
  }

  public CdiConfigSpec getConfig() {
    return config;
  }

  public void setConfig(CdiConfigSpec config) {
    this.config = config;
  }

  public String getPriorityClass() {
    return priorityClass;
  }

  public void setPriorityClass(String priorityClass) {
    this.priorityClass = priorityClass;
  }

  public OpenObject getInfra() {
    return infra;
  }

  public void setInfra(OpenObject infra) {
    this.infra = infra;
  }

  public OpenObject getWorkload() {
    return workload;
  }

  public void setWorkload(OpenObject workload) {
    this.workload = workload;
  }

  public OpenObject getCustomizeComponents() {
    return customizeComponents;
  }

  public void setCustomizeComponents(OpenObject customizeComponents) {
    this.customizeComponents = customizeComponents;
  }

  public OpenObject getCertConfig() {
    return certConfig;
  }

  public void setCertConfig(OpenObject certConfig) {
    this.certConfig = certConfig;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    CdiSpec that = (CdiSpec) o;
    return Objects.equals(imagePullPolicy, that.imagePullPolicy)
        && Objects.equals(uninstallStrategy, that.uninstallStrategy)
        && Objects.equals(cloneStrategyOverride, that.cloneStrategyOverride)
        && Objects.equals(config, that.config)
        && Objects.equals(priorityClass, that.priorityClass)
        && Objects.equals(infra, that.infra)
        && Objects.equals(workload, that.workload)
        && Objects.equals(customizeComponents, that.customizeComponents)
        && Objects.equals(certConfig, that.certConfig);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        imagePullPolicy,
        uninstallStrategy,
        cloneStrategyOverride,
        config,
        priorityClass,
        infra,
        workload,
        customizeComponents,
        certConfig);
  }
}
