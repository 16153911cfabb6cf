package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A ConfigMap presented to the guest as an ISO disk. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class ConfigMapSource extends ExtensibleObject {

  /** The ConfigMap name. */
  @JsonPropertyDescription("The ConfigMap name.")
  private String name;

  /** Start even if the ConfigMap is missing. */
  @JsonPropertyDescription("Start even if the ConfigMap is missing.")
  private Boolean optional;

  /** The ISO volume label. */
  @JsonPropertyDescription("The ISO volume label.")
  private String volumeLabel;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Boolean getOptional() {
    return optional;
  }

  public void setOptional(Boolean optional) {
    this.optional = optional;
  }

  public String getVolumeLabel() {
    return volumeLabel;
  }

  public void setVolumeLabel(String volumeLabel) {
    this.volumeLabel = volumeLabel;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ConfigMapSource that = (ConfigMapSource) o;
    return Objects.equals(name, that.name)
        && Objects.equals(optional, that.optional)
        && Objects.equals(volumeLabel, that.volumeLabel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), name, optional, volumeLabel);
  }
}
