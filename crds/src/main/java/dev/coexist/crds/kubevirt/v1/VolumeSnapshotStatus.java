package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** Whether a volume supports snapshots. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class VolumeSnapshotStatus extends ExtensibleObject {

  /** The volume name. */
  @JsonPropertyDescription("The volume name.")
  @Required
  private String name;

  /** Snapshots are possible. */
  @JsonPropertyDescription("Snapshots are possible.")
  @Required
  private Boolean enabled;

  /** Why snapshots are not possible. */
  @JsonPropertyDescription("Why snapshots are not possible.")
  private String reason;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VolumeSnapshotStatus that = (VolumeSnapshotStatus) o;
    return Objects.equals(name, that.name)
        && Objects.equals(enabled, that.enabled)
        && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), name, enabled, reason);
  }
}
