package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** An object in an S3 bucket. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DataVolumeSourceS3 extends ExtensibleObject {

  /** The object URL. */
  @JsonPropertyDescription("The object URL.")
  @Required
  private String url;

  /** A Secret with accessKeyId and secretKey. */
  @JsonPropertyDescription("A Secret with accessKeyId and secretKey.")
  private String secretRef;

  /** A ConfigMap with the endpoint's CA bundle. */
  @JsonPropertyDescription("A ConfigMap with the endpoint's CA bundle.")
  private String certConfigMap;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DataVolumeSourceS3 that = (DataVolumeSourceS3) o;
    return Objects.equals(url, that.url)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(certConfigMap, that.certConfigMap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), url, secretRef, certConfigMap);
  }
}
