package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** CDI configuration; fields coexist does not model are kept. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class CdiConfigSpec extends ExtensibleObject {

  /** The upload proxy URL clients use. */
  @JsonPropertyDescription("The upload proxy URL clients use.")
  private String uploadProxyURLOverride;

  /** The StorageClass of scratch PVCs. */
  @JsonPropertyDescription("The StorageClass of scratch PVCs.")
  private String scratchSpaceStorageClass;

  /** Enabled feature gates. */
  @JsonPropertyDescription("Enabled feature gates.")
  private List<String> featureGates;

  /** Registries reached without TLS verification. */
  @JsonPropertyDescription("Registries reached without TLS verification.")
  private List<String> insecureRegistries;

  /** Seconds after which a completed DataVolume is garbage-collected; -1 disables. */
  @JsonPropertyDescription(
      "Seconds after which a completed DataVolume is garbage-collected; -1 disables.")
  private Integer dataVolumeTTLSeconds;

  /** Preallocate target disks by default. */
  @JsonPropertyDescription("Preallocate target disks by default.")
  private Boolean preallocation;

  /** Log verbosity of the components. */
  @JsonPropertyDescription("Log verbosity of the components.")
  private Integer logVerbosity;

  /** Filesystem overhead, global and per StorageClass (kept as written). */
  @JsonPropertyDescription("Filesystem overhead, global and per StorageClass (kept as written).")
  @PreserveUnknownFields
  private OpenObject filesystemOverhead;

  /** Resources of worker pods (kept as written). */
  @JsonPropertyDescription("Resources of worker pods (kept as written).")
  @PreserveUnknownFields
  private OpenObject podResourceRequirements;

  /** Proxy for imports (kept as written). */
  @JsonPropertyDescription("Proxy for imports (kept as written).")
  @PreserveUnknownFields
  private OpenObject importProxy;

  /** TLS profile (kept as written). */
  @JsonPropertyDescription("TLS profile (kept as written).")
  @PreserveUnknownFields
  private OpenObject tlsSecurityProfile;

  /** Pull secrets of worker images (kept as written). */
  @JsonPropertyDescription("Pull secrets of worker images (kept as written).")
  @PreserveUnknownFields
  private List<OpenObject> imagePullSecrets;

  public String getUploadProxyURLOverride() {
    return uploadProxyURLOverride;
  }

  public void setUploadProxyURLOverride(String uploadProxyURLOverride) {
    this.uploadProxyURLOverride = uploadProxyURLOverride;
  }

  public String getScratchSpaceStorageClass() {
    return scratchSpaceStorageClass;
  }

  public void setScratchSpaceStorageClass(String scratchSpaceStorageClass) {
    this.scratchSpaceStorageClass = scratchSpaceStorageClass;
  }

  public List<String> getFeatureGates() {
    return featureGates;
  }

  public void setFeatureGates(List<String> featureGates) {
    this.featureGates = featureGates;
  }

  public List<String> getInsecureRegistries() {
    return insecureRegistries;
  }

  public void setInsecureRegistries(List<String> insecureRegistries) {
    this.insecureRegistries = insecureRegistries;
  }

  public Integer getDataVolumeTTLSeconds() {
    return dataVolumeTTLSeconds;
  }

  public void setDataVolumeTTLSeconds(Integer dataVolumeTTLSeconds) {
    this.dataVolumeTTLSeconds = dataVolumeTTLSeconds;
  }

  public Boolean getPreallocation() {
    return preallocation;
  }

  public void setPreallocation(Boolean preallocation) {
    this.preallocation = preallocation;
  }

  public Integer getLogVerbosity() {
    return logVerbosity;
  }

  public void setLogVerbosity(Integer logVerbosity) {
    this.logVerbosity = logVerbosity;
  }

  public OpenObject getFilesystemOverhead() {
    return filesystemOverhead;
  }

  public void setFilesystemOverhead(OpenObject filesystemOverhead) {
    this.filesystemOverhead = filesystemOverhead;
  }

  public OpenObject getPodResourceRequirements() {
    return podResourceRequirements;
  }

  public void setPodResourceRequirements(OpenObject podResourceRequirements) {
    this.podResourceRequirements = podResourceRequirements;
  }

  public OpenObject getImportProxy() {
    return importProxy;
  }

  public void setImportProxy(OpenObject importProxy) {
    this.importProxy = importProxy;
  }

  public OpenObject getTlsSecurityProfile() {
    return tlsSecurityProfile;
  }

  public void setTlsSecurityProfile(OpenObject tlsSecurityProfile) {
    this.tlsSecurityProfile = tlsSecurityProfile;
  }

  public List<OpenObject> getImagePullSecrets() {
    return imagePullSecrets;
  }

  public void setImagePullSecrets(List<OpenObject> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    CdiConfigSpec that = (CdiConfigSpec) o;
    return Objects.equals(uploadProxyURLOverride, that.uploadProxyURLOverride)
        && Objects.equals(scratchSpaceStorageClass, that.scratchSpaceStorageClass)
        && Objects.equals(featureGates, that.featureGates)
        && Objects.equals(insecureRegistries, that.insecureRegistries)
        && Objects.equals(dataVolumeTTLSeconds, that.dataVolumeTTLSeconds)
        && Objects.equals(preallocation, that.preallocation)
        && Objects.equals(logVerbosity, that.logVerbosity)
        && Objects.equals(filesystemOverhead, that.filesystemOverhead)
        && Objects.equals(podResourceRequirements, that.podResourceRequirements)
        && Objects.equals(importProxy, that.importProxy)
        && Objects.equals(tlsSecurityProfile, that.tlsSecurityProfile)
        && Objects.equals(imagePullSecrets, that.imagePullSecrets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        uploadProxyURLOverride,
        scratchSpaceStorageClass,
        featureGates,
        insecureRegistries,
        dataVolumeTTLSeconds,
        preallocation,
        logVerbosity,
        filesystemOverhead,
        podResourceRequirements,
        importProxy,
        tlsSecurityProfile,
        imagePullSecrets);
  }
}
