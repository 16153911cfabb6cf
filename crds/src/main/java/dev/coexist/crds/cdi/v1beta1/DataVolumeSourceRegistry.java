package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A container disk image in a registry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DataVolumeSourceRegistry extends ExtensibleObject {

  /** The image, docker://registry/repo:tag. */
  @JsonPropertyDescription("The image, docker://registry/repo:tag.")
  private String url;

  /** An OpenShift ImageStream name, instead of url. */
  @JsonPropertyDescription("An OpenShift ImageStream name, instead of url.")
  private String imageStream;

  /** pod (default) or node. */
  @JsonPropertyDescription("pod (default) or node.")
  private RegistryPullMethod pullMethod;

  /** A Secret with registry credentials (accessKeyId, secretKey). */
  @JsonPropertyDescription("A Secret with registry credentials (accessKeyId, secretKey).")
  private String secretRef;

  /** A ConfigMap with the registry's CA bundle. */
  @JsonPropertyDescription("A ConfigMap with the registry's CA bundle.")
  private String certConfigMap;

  /** The platform of a multi-arch image. */
  @JsonPropertyDescription("The platform of a multi-arch image.")
  private PlatformOptions platform;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getImageStream() {
    return imageStream;
  }

  public void setImageStream(String imageStream) {
    this.imageStream = imageStream;
  }

  public RegistryPullMethod getPullMethod() {
    return pullMethod;
  }

  public void setPullMethod(RegistryPullMethod pullMethod) {
    this.pullMethod = pullMethod;
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

  public PlatformOptions getPlatform() {
    return platform;
  }

  public void setPlatform(PlatformOptions platform) {
    this.platform = platform;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DataVolumeSourceRegistry that = (DataVolumeSourceRegistry) o;
    return Objects.equals(url, that.url)
        && Objects.equals(imageStream, that.imageStream)
        && Objects.equals(pullMethod, that.pullMethod)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(certConfigMap, that.certConfigMap)
        && Objects.equals(platform, that.platform);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(), url, imageStream, pullMethod, secretRef, certConfigMap, platform);
  }
}
