package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** An image on an HTTP(S) server. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DataVolumeSourceHttp extends ExtensibleObject {

  /** The image URL. */
  @JsonPropertyDescription("The image URL.")
  @Required
  private String url;

  /** A Secret with accessKeyId and secretKey for basic authentication. */
  @JsonPropertyDescription("A Secret with accessKeyId and secretKey for basic authentication.")
  private String secretRef;

  /** A ConfigMap with the CA bundle of the server. */
  @JsonPropertyDescription("A ConfigMap with the CA bundle of the server.")
  private String certConfigMap;

  /** Extra request headers (Name: value). */
  @JsonPropertyDescription("Extra request headers (Name: value).")
  private List<String> extraHeaders;

  /** Secrets holding extra request headers. */
  @JsonPropertyDescription("Secrets holding extra request headers.")
  private List<String> secretExtraHeaders;

  /** The expected digest, algorithm:hex (md5, sha1, sha256 or sha512). */
  @JsonPropertyDescription("The expected digest, algorithm:hex (md5, sha1, sha256 or sha512).")
  private String checksum;

  /** Skip TLS verification. */
  @JsonPropertyDescription("Skip TLS verification.")
  private Boolean insecureSkipVerify;

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

  public List<String> getExtraHeaders() {
    return extraHeaders;
  }

  public void setExtraHeaders(List<String> extraHeaders) {
    this.extraHeaders = extraHeaders;
  }

  public List<String> getSecretExtraHeaders() {
    return secretExtraHeaders;
  }

  public void setSecretExtraHeaders(List<String> secretExtraHeaders) {
    this.secretExtraHeaders = secretExtraHeaders;
  }

  public String getChecksum() {
    return checksum;
  }

  public void setChecksum(String checksum) {
    this.checksum = checksum;
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
    DataVolumeSourceHttp that = (DataVolumeSourceHttp) o;
    return Objects.equals(url, that.url)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(certConfigMap, that.certConfigMap)
        && Objects.equals(extraHeaders, that.extraHeaders)
        && Objects.equals(secretExtraHeaders, that.secretExtraHeaders)
        && Objects.equals(checksum, that.checksum)
        && Objects.equals(insecureSkipVerify, that.insecureSkipVerify);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        url,
        secretRef,
        certConfigMap,
        extraHeaders,
        secretExtraHeaders,
        checksum,
        insecureSkipVerify);
  }
}
