package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import java.util.List;
import java.util.Objects;

/** The KubeVirt installation and its cluster-wide configuration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("The KubeVirt installation and its cluster-wide configuration.")
public class KubeVirtSpec extends ExtensibleObject {

  /** The image tag of the components. */
  @JsonPropertyDescription("The image tag of the components.")
  private String imageTag;

  /** The registry of the component images. */
  @JsonPropertyDescription("The registry of the component images.")
  private String imageRegistry;

  /** The pull policy of the component images. */
  @JsonPropertyDescription("The pull policy of the component images.")
  private String imagePullPolicy;

  /** Pull secrets of the component images. */
  @JsonPropertyDescription("Pull secrets of the component images.")
  private List<LocalObjectReference> imagePullSecrets;

  /** The namespace of the Prometheus operator. */
  @JsonPropertyDescription("The namespace of the Prometheus operator.")
  private String monitorNamespace;

  /** The namespace of the ServiceMonitor. */
  @JsonPropertyDescription("The namespace of the ServiceMonitor.")
  private String serviceMonitorNamespace;

  /** The Prometheus service account. */
  @JsonPropertyDescription("The Prometheus service account.")
  private String monitorAccount;

  /** BlockUninstallIfWorkloadsExist or RemoveWorkloads. */
  @JsonPropertyDescription("BlockUninstallIfWorkloadsExist or RemoveWorkloads.")
  private String uninstallStrategy;

  /** The product name in component labels. */
  @JsonPropertyDescription("The product name in component labels.")
  private String productName;

  /** The product version in component labels. */
  @JsonPropertyDescription("The product version in component labels.")
  private String productVersion;

  /** The product component in component labels. */
  @JsonPropertyDescription("The product component in component labels.")
  private String productComponent;

  /** Cluster-wide VM configuration. */
  @JsonPropertyDescription("Cluster-wide VM configuration.")
  private KubeVirtConfiguration configuration;

  /** Certificate rotation (kept as written). */
  @JsonPropertyDescription("Certificate rotation (kept as written).")
  @PreserveUnknownFields
  private OpenObject certificateRotateStrategy;

  /** Placement of the control plane (kept as written). */
  @JsonPropertyDescription("Placement of the control plane (kept as written).")
  @PreserveUnknownFields
  private OpenObject infra;

  /** Placement of virt-handler and VMs (kept as written). */
  @JsonPropertyDescription("Placement of virt-handler and VMs (kept as written).")
  @PreserveUnknownFields
  private OpenObject workloads;

  /** Patches to component objects (kept as written). */
  @JsonPropertyDescription("Patches to component objects (kept as written).")
  @PreserveUnknownFields
  private OpenObject customizeComponents;

  /** How outdated VMIs are updated (kept as written). */
  @JsonPropertyDescription("How outdated VMIs are updated (kept as written).")
  @PreserveUnknownFields
  private OpenObject workloadUpdateStrategy;

  public String getImageTag() {
    return imageTag;
  }

  public void setImageTag(String imageTag) {
    this.imageTag = imageTag;
  }

  public String getImageRegistry() {
    return imageRegistry;
  }

  public void setImageRegistry(String imageRegistry) {
    this.imageRegistry = imageRegistry;
  }

  public String getImagePullPolicy() {
    return imagePullPolicy;
  }

  public void setImagePullPolicy(String imagePullPolicy) {
    this.imagePullPolicy = imagePullPolicy;
  }

  public List<LocalObjectReference> getImagePullSecrets() {
    return imagePullSecrets;
  }

  public void setImagePullSecrets(List<LocalObjectReference> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets;
  }

  public String getMonitorNamespace() {
    return monitorNamespace;
  }

  public void setMonitorNamespace(String monitorNamespace) {
    this.monitorNamespace = monitorNamespace;
  }

  public String getServiceMonitorNamespace() {
    return serviceMonitorNamespace;
  }

  public void setServiceMonitorNamespace(String serviceMonitorNamespace) {
    this.serviceMonitorNamespace = serviceMonitorNamespace;
  }

  public String getMonitorAccount() {
    return monitorAccount;
  }

  public void setMonitorAccount(String monitorAccount) {
    this.monitorAccount = monitorAccount;
  }

  public String getUninstallStrategy() {
    return uninstallStrategy;
  }

  public void setUninstallStrategy(String uninstallStrategy) {
    this.uninstallStrategy = uninstallStrategy;
  }

  public String getProductName() {
    return productName;
  }

  public void setProductName(String productName) {
    this.productName = productName;
  }

  public String getProductVersion() {
    return productVersion;
  }

  public void setProductVersion(String productVersion) {
    this.productVersion = productVersion;
  }

  public String getProductComponent() {
    return productComponent;
  }

  public void setProductComponent(String productComponent) {
    this.productComponent = productComponent;
  }

  public KubeVirtConfiguration getConfiguration() {
    return configuration;
  }

  public void setConfiguration(KubeVirtConfiguration configuration) {
    this.configuration = configuration;
  }

  public OpenObject getCertificateRotateStrategy() {
    return certificateRotateStrategy;
  }

  public void setCertificateRotateStrategy(OpenObject certificateRotateStrategy) {
    this.certificateRotateStrategy = certificateRotateStrategy;
  }

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

  public OpenObject getCustomizeComponents() {
    return customizeComponents;
  }

  public void setCustomizeComponents(OpenObject customizeComponents) {
    this.customizeComponents = customizeComponents;
  }

  public OpenObject getWorkloadUpdateStrategy() {
    return workloadUpdateStrategy;
  }

  public void setWorkloadUpdateStrategy(OpenObject workloadUpdateStrategy) {
    this.workloadUpdateStrategy = workloadUpdateStrategy;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    KubeVirtSpec that = (KubeVirtSpec) o;
    return Objects.equals(imageTag, that.imageTag)
        && Objects.equals(imageRegistry, that.imageRegistry)
        && Objects.equals(imagePullPolicy, that.imagePullPolicy)
        && Objects.equals(imagePullSecrets, that.imagePullSecrets)
        && Objects.equals(monitorNamespace, that.monitorNamespace)
        && Objects.equals(serviceMonitorNamespace, that.serviceMonitorNamespace)
        && Objects.equals(monitorAccount, that.monitorAccount)
        && Objects.equals(uninstallStrategy, that.uninstallStrategy)
        && Objects.equals(productName, that.productName)
        && Objects.equals(productVersion, that.productVersion)
        && Objects.equals(productComponent, that.productComponent)
        && Objects.equals(configuration, that.configuration)
        && Objects.equals(certificateRotateStrategy, that.certificateRotateStrategy)
        && Objects.equals(infra, that.infra)
        && Objects.equals(workloads, that.workloads)
        && Objects.equals(customizeComponents, that.customizeComponents)
        && Objects.equals(workloadUpdateStrategy, that.workloadUpdateStrategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        imageTag,
        imageRegistry,
        imagePullPolicy,
        imagePullSecrets,
        monitorNamespace,
        serviceMonitorNamespace,
        monitorAccount,
        uninstallStrategy,
        productName,
        productVersion,
        productComponent,
        configuration,
        certificateRotateStrategy,
        infra,
        workloads,
        customizeComponents,
        workloadUpdateStrategy);
  }
}
