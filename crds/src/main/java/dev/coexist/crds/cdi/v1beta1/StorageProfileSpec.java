package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** What an administrator sets on a StorageProfile: overrides of the detected defaults. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription(
    "What an administrator sets on a StorageProfile: overrides of the detected defaults.")
public class StorageProfileSpec extends ExtensibleObject {

  /** The access mode and volume mode combinations to use, best first; replace the detected ones. */
  @JsonPropertyDescription(
      "The access mode and volume mode combinations to use, best first; replace the detected ones.")
  private List<ClaimPropertySet> claimPropertySets;

  /** copy, snapshot or csi-clone; coexist clones by host-assisted copy. */
  @JsonPropertyDescription("copy, snapshot or csi-clone; coexist clones by host-assisted copy.")
  private String cloneStrategy;

  /** pvc or snapshot. */
  @JsonPropertyDescription("pvc or snapshot.")
  private String dataImportCronSourceFormat;

  /** The VolumeSnapshotClass to use for snapshots. */
  @JsonPropertyDescription("The VolumeSnapshotClass to use for snapshots.")
  private String snapshotClass;

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
    StorageProfileSpec that = (StorageProfileSpec) o;
    return Objects.equals(claimPropertySets, that.claimPropertySets)
        && Objects.equals(cloneStrategy, that.cloneStrategy)
        && Objects.equals(dataImportCronSourceFormat, that.dataImportCronSourceFormat)
        && Objects.equals(snapshotClass, that.snapshotClass);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        claimPropertySets,
        cloneStrategy,
        dataImportCronSourceFormat,
        snapshotClass);
  }
}
