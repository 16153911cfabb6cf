package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimVolumeSource;
import java.util.Objects;

/** A read-only PVC under a temporary copy-on-write layer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class EphemeralSource extends ExtensibleObject {

  /** The PVC. */
  @JsonPropertyDescription("The PVC.")
  private PersistentVolumeClaimVolumeSource persistentVolumeClaim;

  public PersistentVolumeClaimVolumeSource getPersistentVolumeClaim() {
    return persistentVolumeClaim;
  }

  public void setPersistentVolumeClaim(PersistentVolumeClaimVolumeSource persistentVolumeClaim) {
    this.persistentVolumeClaim = persistentVolumeClaim;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    EphemeralSource that = (EphemeralSource) o;
    return Objects.equals(persistentVolumeClaim, that.persistentVolumeClaim);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), persistentVolumeClaim);
  }
}
