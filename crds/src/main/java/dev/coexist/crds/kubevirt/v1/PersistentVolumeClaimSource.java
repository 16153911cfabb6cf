package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A PVC backing a disk. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class PersistentVolumeClaimSource extends ExtensibleObject {

  /** The PVC name in the VMI's namespace. */
  @JsonPropertyDescription("The PVC name in the VMI's namespace.")
  @Required
  private String claimName;

  /** Attach read-only. */
  @JsonPropertyDescription("Attach read-only.")
  private Boolean readOnly;

  /** The volume is hot-plugged. */
  @JsonPropertyDescription("The volume is hot-plugged.")
  private Boolean hotpluggable;

  public String getClaimName() {
    return claimName;
  }

  public void setClaimName(String claimName) {
    this.claimName = claimName;
  }

  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public Boolean getHotpluggable() {
    return hotpluggable;
  }

  public void setHotpluggable(Boolean hotpluggable) {
    this.hotpluggable = hotpluggable;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    PersistentVolumeClaimSource that = (PersistentVolumeClaimSource) o;
    return Objects.equals(claimName, that.claimName)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(hotpluggable, that.hotpluggable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), claimName, readOnly, hotpluggable);
  }
}
