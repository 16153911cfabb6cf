package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A disk of a VMware VM through VDDK. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DataVolumeSourceVddk extends ExtensibleObject {

  /** The vCenter or ESXi URL. */
  @JsonPropertyDescription("The vCenter or ESXi URL.")
  private String url;

  /** The VM's UUID. */
  @JsonPropertyDescription("The VM's UUID.")
  private String uuid;

  /** The VMDK path in the datastore. */
  @JsonPropertyDescription("The VMDK path in the datastore.")
  private String backingFile;

  /** The SHA-1 fingerprint of the server certificate. */
  @JsonPropertyDescription("The SHA-1 fingerprint of the server certificate.")
  private String thumbprint;

  /** A Secret with the credentials. */
  @JsonPropertyDescription("A Secret with the credentials.")
  private String secretRef;

  /** The image holding the VDDK library. */
  @JsonPropertyDescription("The image holding the VDDK library.")
  private String initImageURL;

  /** A ConfigMap with extra VDDK arguments. */
  @JsonPropertyDescription("A ConfigMap with extra VDDK arguments.")
  private String extraArgs;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUuid() {
    return uuid;
  }

  public void setUuid(String uuid) {
    this.uuid = uuid;
  }

  public String getBackingFile() {
    return backingFile;
  }

  public void setBackingFile(String backingFile) {
    this.backingFile = backingFile;
  }

  public String getThumbprint() {
    return thumbprint;
  }

  public void setThumbprint(String thumbprint) {
    this.thumbprint = thumbprint;
  }

  public String getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(String secretRef) {
    this.secretRef = secretRef;
  }

  public String getInitImageURL() {
    return initImageURL;
  }

  public void setInitImageURL(String initImageURL) {
    this.initImageURL = initImageURL;
  }

  public String getExtraArgs() {
    return extraArgs;
  }

  public void setExtraArgs(String extraArgs) {
    this.extraArgs = extraArgs;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DataVolumeSourceVddk that = (DataVolumeSourceVddk) o;
    return Objects.equals(url, that.url)
        && Objects.equals(uuid, that.uuid)
        && Objects.equals(backingFile, that.backingFile)
        && Objects.equals(thumbprint, that.thumbprint)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(initImageURL, that.initImageURL)
        && Objects.equals(extraArgs, that.extraArgs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(), url, uuid, backingFile, thumbprint, secretRef, initImageURL, extraArgs);
  }
}
