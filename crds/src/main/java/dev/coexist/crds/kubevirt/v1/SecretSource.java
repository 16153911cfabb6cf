package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A Secret presented to the guest as an ISO disk. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class SecretSource extends ExtensibleObject {

  /** The Secret name. */
  @JsonPropertyDescription("The Secret name.")
  private String secretName;

  /** Start even if the Secret is missing. */
  @JsonPropertyDescription("Start even if the Secret is missing.")
  private Boolean optional;

  /** The ISO volume label. */
  @JsonPropertyDescription("The ISO volume label.")
  private String volumeLabel;

  public String getSecretName() {
    return secretName;
  }

  public void setSecretName(String secretName) {
    this.secretName = secretName;
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
    SecretSource that = (SecretSource) o;
    return Objects.equals(secretName, that.secretName)
        && Objects.equals(optional, that.optional)
        && Objects.equals(volumeLabel, that.volumeLabel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), secretName, optional, volumeLabel);
  }
}
