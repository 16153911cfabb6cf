package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** A volume of the VMI; exactly one source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Volume extends ExtensibleObject {

  /** The volume name; the disk of the same name uses it. */
  @JsonPropertyDescription("The volume name; the disk of the same name uses it.")
  @Required
  @Size(max = 253)
  private String name;

  /** A disk image in a container image (ephemeral, copy-on-write). */
  @JsonPropertyDescription("A disk image in a container image (ephemeral, copy-on-write).")
  private ContainerDiskSource containerDisk;

  /** A PersistentVolumeClaim holding a disk image (or a block device). */
  @JsonPropertyDescription("A PersistentVolumeClaim holding a disk image (or a block device).")
  private PersistentVolumeClaimSource persistentVolumeClaim;

  /** A DataVolume; its PVC is used once it is populated. */
  @JsonPropertyDescription("A DataVolume; its PVC is used once it is populated.")
  private DataVolumeSource dataVolume;

  /** cloud-init NoCloud data on a small generated disk. */
  @JsonPropertyDescription("cloud-init NoCloud data on a small generated disk.")
  private CloudInitSource cloudInitNoCloud;

  /** cloud-init ConfigDrive data on a small generated disk. */
  @JsonPropertyDescription("cloud-init ConfigDrive data on a small generated disk.")
  private CloudInitSource cloudInitConfigDrive;

  /** A temporary empty sparse disk, deleted with the VMI. */
  @JsonPropertyDescription("A temporary empty sparse disk, deleted with the VMI.")
  private EmptyDiskSource emptyDisk;

  /** A PVC used read-only under a temporary copy-on-write layer. */
  @JsonPropertyDescription("A PVC used read-only under a temporary copy-on-write layer.")
  private EphemeralSource ephemeral;

  /** A ConfigMap as an ISO disk. */
  @JsonPropertyDescription("A ConfigMap as an ISO disk.")
  private ConfigMapSource configMap;

  /** A Secret as an ISO disk. */
  @JsonPropertyDescription("A Secret as an ISO disk.")
  private SecretSource secret;

  /** A service account token as an ISO disk. */
  @JsonPropertyDescription("A service account token as an ISO disk.")
  private ServiceAccountSource serviceAccount;

  /** A disk image on the node (kept as written). */
  @JsonPropertyDescription("A disk image on the node (kept as written).")
  @PreserveUnknownFields
  private OpenObject hostDisk;

  /** Downward API fields as an ISO disk (kept as written). */
  @JsonPropertyDescription("Downward API fields as an ISO disk (kept as written).")
  @PreserveUnknownFields
  private OpenObject downwardAPI;

  /** Host metrics as a disk (kept as written). */
  @JsonPropertyDescription("Host metrics as a disk (kept as written).")
  @PreserveUnknownFields
  private OpenObject downwardMetrics;

  /** Windows sysprep answer files (kept as written). */
  @JsonPropertyDescription("Windows sysprep answer files (kept as written).")
  @PreserveUnknownFields
  private OpenObject sysprep;

  /** A PVC receiving a memory dump (kept as written). */
  @JsonPropertyDescription("A PVC receiving a memory dump (kept as written).")
  @PreserveUnknownFields
  private OpenObject memoryDump;

  /** A path of the launcher container (kept as written). */
  @JsonPropertyDescription("A path of the launcher container (kept as written).")
  @PreserveUnknownFields
  private OpenObject containerPath;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ContainerDiskSource getContainerDisk() {
    return containerDisk;
  }

  public void setContainerDisk(ContainerDiskSource containerDisk) {
    this.containerDisk = containerDisk;
  }

  public PersistentVolumeClaimSource getPersistentVolumeClaim() {
    return persistentVolumeClaim;
  }

  public void setPersistentVolumeClaim(PersistentVolumeClaimSource persistentVolumeClaim) {
    this.persistentVolumeClaim = persistentVolumeClaim;
  }

  public DataVolumeSource getDataVolume() {
    return dataVolume;
  }

  public void setDataVolume(DataVolumeSource dataVolume) {
    this.dataVolume = dataVolume;
  }

  public CloudInitSource getCloudInitNoCloud() {
    return cloudInitNoCloud;
  }

  public void setCloudInitNoCloud(CloudInitSource cloudInitNoCloud) {
    this.cloudInitNoCloud = cloudInitNoCloud;
  }

  public CloudInitSource getCloudInitConfigDrive() {
    return cloudInitConfigDrive;
  }

  public void setCloudInitConfigDrive(CloudInitSource cloudInitConfigDrive) {
    this.cloudInitConfigDrive = cloudInitConfigDrive;
  }

  public EmptyDiskSource getEmptyDisk() {
    return emptyDisk;
  }

  public void setEmptyDisk(EmptyDiskSource emptyDisk) {
    this.emptyDisk = emptyDisk;
  }

  public EphemeralSource getEphemeral() {
    return ephemeral;
  }

  public void setEphemeral(EphemeralSource ephemeral) {
    this.ephemeral = ephemeral;
  }

  public ConfigMapSource getConfigMap() {
    return configMap;
  }

  public void setConfigMap(ConfigMapSource configMap) {
    this.configMap = configMap;
  }

  public SecretSource getSecret() {
    return secret;
  }

  public void setSecret(SecretSource secret) {
    this.secret = secret;
  }

  public ServiceAccountSource getServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(ServiceAccountSource serviceAccount) {
    this.serviceAccount = serviceAccount;
  }

  public OpenObject getHostDisk() {
    return hostDisk;
  }

  public void setHostDisk(OpenObject hostDisk) {
    this.hostDisk = hostDisk;
  }

  public OpenObject getDownwardAPI() {
    return downwardAPI;
  }

  public void setDownwardAPI(OpenObject downwardAPI) {
    this.downwardAPI = downwardAPI;
  }

  public OpenObject getDownwardMetrics() {
    return downwardMetrics;
  }

  public void setDownwardMetrics(OpenObject downwardMetrics) {
    this.downwardMetrics = downwardMetrics;
  }

  public OpenObject getSysprep() {
    return sysprep;
  }

  public void setSysprep(OpenObject sysprep) {
    this.sysprep = sysprep;
  }

  public OpenObject getMemoryDump() {
    return memoryDump;
  }

  public void setMemoryDump(OpenObject memoryDump) {
    this.memoryDump = memoryDump;
  }

  public OpenObject getContainerPath() {
    return containerPath;
  }

  public void setContainerPath(OpenObject containerPath) {
    this.containerPath = containerPath;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Volume that = (Volume) o;
    return Objects.equals(name, that.name)
        && Objects.equals(containerDisk, that.containerDisk)
        && Objects.equals(persistentVolumeClaim, that.persistentVolumeClaim)
        && Objects.equals(dataVolume, that.dataVolume)
        && Objects.equals(cloudInitNoCloud, that.cloudInitNoCloud)
        && Objects.equals(cloudInitConfigDrive, that.cloudInitConfigDrive)
        && Objects.equals(emptyDisk, that.emptyDisk)
        && Objects.equals(ephemeral, that.ephemeral)
        && Objects.equals(configMap, that.configMap)
        && Objects.equals(secret, that.secret)
        && Objects.equals(serviceAccount, that.serviceAccount)
        && Objects.equals(hostDisk, that.hostDisk)
        && Objects.equals(downwardAPI, that.downwardAPI)
        && Objects.equals(downwardMetrics, that.downwardMetrics)
        && Objects.equals(sysprep, that.sysprep)
        && Objects.equals(memoryDump, that.memoryDump)
        && Objects.equals(containerPath, that.containerPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        name,
        containerDisk,
        persistentVolumeClaim,
        dataVolume,
        cloudInitNoCloud,
        cloudInitConfigDrive,
        emptyDisk,
        ephemeral,
        configMap,
        secret,
        serviceAccount,
        hostDisk,
        downwardAPI,
        downwardMetrics,
        sysprep,
        memoryDump,
        containerPath);
  }
}
