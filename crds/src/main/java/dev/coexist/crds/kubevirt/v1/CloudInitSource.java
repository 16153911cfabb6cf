package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import java.util.Objects;

/** cloud-init user data and network data; the data comes inline, base64 or from a Secret. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class CloudInitSource extends ExtensibleObject {

  /** Inline user data, e.g. a #cloud-config document. */
  @JsonPropertyDescription("Inline user data, e.g. a #cloud-config document.")
  private String userData;

  /** Base64 user data. */
  @JsonPropertyDescription("Base64 user data.")
  private String userDataBase64;

  /** A Secret whose userdata (or userData) key holds the user data. */
  @JsonPropertyDescription("A Secret whose userdata (or userData) key holds the user data.")
  private LocalObjectReference secretRef;

  /** Inline network data. */
  @JsonPropertyDescription("Inline network data.")
  private String networkData;

  /** Base64 network data. */
  @JsonPropertyDescription("Base64 network data.")
  private String networkDataBase64;

  /** A Secret whose networkdata (or networkData) key holds the network data. */
  @JsonPropertyDescription(
      "A Secret whose networkdata (or networkData) key holds the network data.")
  private LocalObjectReference networkDataSecretRef;

  public String getUserData() {
    return userData;
  }

  public void setUserData(String userData) {
    this.userData = userData;
  }

  public String getUserDataBase64() {
    return userDataBase64;
  }

  public void setUserDataBase64(String userDataBase64) {
    this.userDataBase64 = userDataBase64;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public String getNetworkData() {
    return networkData;
  }

  public void setNetworkData(String networkData) {
    this.networkData = networkData;
  }

  public String getNetworkDataBase64() {
    return networkDataBase64;
  }

  public void setNetworkDataBase64(String networkDataBase64) {
    this.networkDataBase64 = networkDataBase64;
  }

  public LocalObjectReference getNetworkDataSecretRef() {
    return networkDataSecretRef;
  }

  public void setNetworkDataSecretRef(LocalObjectReference networkDataSecretRef) {
    this.networkDataSecretRef = networkDataSecretRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    CloudInitSource that = (CloudInitSource) o;
    return Objects.equals(userData, that.userData)
        && Objects.equals(userDataBase64, that.userDataBase64)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(networkData, that.networkData)
        && Objects.equals(networkDataBase64, that.networkDataBase64)
        && Objects.equals(networkDataSecretRef, that.networkDataSecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        userData,
        userDataBase64,
        secretRef,
        networkData,
        networkDataBase64,
        networkDataSecretRef);
  }
}
