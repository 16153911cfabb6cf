package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** The defaults CDI applies to DataVolumes with spec.storage in this StorageClass. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription(
    "The defaults CDI applies to DataVolumes with spec.storage in this StorageClass.")
public class StorageProfileStatus extends ExtensibleObject {

  /** The StorageClass this profile describes. */
  @JsonPropertyDescription("The StorageClass this profile describes.")
  private String storageClass;

  /** The StorageClass's provisioner. */
  @JsonPropertyDescription("The StorageClass's provisioner.")
  private String provisioner;

  /**
   * The access mode and volume mode combinations in effect, best first: spec.claimPropertySets,
   * else the ones known for the provisioner; empty when unknown.
   */
  @JsonPropertyDescription(
      "The access mode and volume mode combinations in effect, best first: spec.claimPropertySets, else the ones known for the provisioner; empty when unknown.")
  private List<ClaimPropertySet> claimPropertySets;

  /** The clone strategy in effect. */
  @JsonPropertyDescription("The clone strategy in effect.")
  private String cloneStrategy;

  /** The format of golden images imported by DataImportCrons. */
  @JsonPropertyDescription("The format of golden images imported by DataImportCrons.")
  private String dataImportCronSourceFormat;

  /** The VolumeSnapshotClass in effect. */
  @JsonPropertyDescription("The VolumeSnapshotClass in effect.")
  private String snapshotClass;

  public String getStorageClass() {
    return storageClass;
  }

  public void setStorageClass(String storageClass) {
    this.storageClass = storageClass;
  }

  public String getProvisioner() {
    return provisioner;
  }

  public void setProvisioner(String provisioner) {
    this.provisioner = provisioner;
  }

  public List<ClaimPropertySet> getClaimPropertySets() {
    return claimPropertySets;
  }

  public void setClaimPropertySets(List<ClaimPropertySet> claimPropertySets) {
    this.claimPropertySets = claimPropertySets;
  }

  public String getCloneStrategy() {
    return cloneStrategy;
  }

  public void setCloneStrategy(String cloneStrategy) {
    this.cloneStrategy = cloneStrategy;
  }

  public String getDataImportCronSourceFormat() {
    return dataImportCronSourceFormat;
  }

  public void setDataImportCronSourceFormat(String dataImportCronSourceFormat) {
    this.dataImportCronSourceFormat = dataImportCronSourceFormat;
  }

  public String getSnapshotClass() {
    return snapshotClass;
  }

  public void setSnapshotClass(String snapshotClass) {
    this.snapshotClass = snapshotClass;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    StorageProfileStatus that = (StorageProfileStatus) o;
    return Objects.equals(storageClass, that.storageClass)
        && Objects.equals(provisioner, that.provisioner)
        && Objects.equals(claimPropertySets, that.claimPropertySets)
        && Objects.equals(cloneStrategy, that.cloneStrategy)
        && Objects.equals(dataImportCronSourceFormat, that.dataImportCronSourceFormat)
        && Objects.equals(snapshotClass, that.snapshotClass);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        storageClass,
        provisioner,
        claimPropertySets,
        cloneStrategy,
        dataImportCronSourceFormat,
        snapshotClass);
  }
}
