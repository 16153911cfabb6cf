package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** One combination of access modes and volume mode a StorageClass supports. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription("One combination of access modes and volume mode a StorageClass supports.")
public class ClaimPropertySet extends ExtensibleObject {

  /** The access modes (ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod). */
  @JsonPropertyDescription(
      "The access modes (ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod).")
  private List<String> accessModes;

  /** Filesystem or Block. */
  @JsonPropertyDescription("Filesystem or Block.")
  private String volumeMode;

  public List<String> getAccessModes() {
    return accessModes;
  }

  public void setAccessModes(List<String> accessModes) {
    this.accessModes = accessModes;
  }

  public String getVolumeMode() {
    return volumeMode;
  }

  public void setVolumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ClaimPropertySet that = (ClaimPropertySet) o;
    return Objects.equals(accessModes, that.accessModes)
        && Objects.equals(volumeMode, that.volumeMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), accessModes, volumeMode);
  }
}
