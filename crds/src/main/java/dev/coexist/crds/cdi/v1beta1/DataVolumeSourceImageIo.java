package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A disk in oVirt / RHV through imageio. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DataVolumeSourceImageIo extends ExtensibleObject {

  /** The oVirt engine API URL. */
  @JsonPropertyDescription("The oVirt engine API URL.")
  @Required
  private String url;

  /** The disk ID. */
  @JsonPropertyDescription("The disk ID.")
  @Required
  private String diskId;

  /** A Secret with the engine credentials. */
  @JsonPropertyDescription("A Secret with the engine credentials.")
  private String secretRef;

  /** A ConfigMap with the engine's CA bundle. */
  @JsonPropertyDescription("A ConfigMap with the engine's CA bundle.")
  private String certConfigMap;

  /** Skip TLS verification. */
  @JsonPropertyDescription("Skip TLS verification.")
  private Boolean insecureSkipVerify;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getDiskId() {
    return diskId;
  }

  public void setDiskId(String diskId) {
    this.diskId = diskId;
  }

  public String getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(String secretRef) {
    this.secretRef = secretRef;
  }

  public String getCertConfigMap() {
    return certConfigMap;
  }

  public void setCertConfigMap(String certConfigMap) {
    this.certConfigMap = certConfigMap;
  }

  public Boolean getInsecureSkipVerify() {
    return insecureSkipVerify;
  }

  public void setInsecureSkipVerify(Boolean insecureSkipVerify) {
    this.insecureSkipVerify = insecureSkipVerify;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DataVolumeSourceImageIo that = (DataVolumeSourceImageIo) o;
    return Objects.equals(url, that.url)
        && Objects.equals(diskId, that.diskId)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(certConfigMap, that.certConfigMap)
        && Objects.equals(insecureSkipVerify, that.insecureSkipVerify);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(), url, diskId, secretRef, certConfigMap, insecureSkipVerify);
  }
}
