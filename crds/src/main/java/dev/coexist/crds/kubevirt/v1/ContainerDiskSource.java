package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A disk image shipped in a container image (under /disk or at path). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class ContainerDiskSource extends ExtensibleObject {

  /** The container image, e.g. quay.io/containerdisks/fedora:latest. */
  @JsonPropertyDescription("The container image, e.g. quay.io/containerdisks/fedora:latest.")
  @Required
  private String image;

  /**
   * The path of the image file inside the container image; the single file under /disk if empty.
   */
  @JsonPropertyDescription(
      "The path of the image file inside the container image; the single file under /disk if empty.")
  private String path;

  /** When the image is pulled. */
  @JsonPropertyDescription("When the image is pulled.")
  private PullPolicy imagePullPolicy;

  /** The name of a pull secret for the image. */
  @JsonPropertyDescription("The name of a pull secret for the image.")
  private String imagePullSecret;

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public PullPolicy getImagePullPolicy() {
    return imagePullPolicy;
  }

  public void setImagePullPolicy(PullPolicy imagePullPolicy) {
    this.imagePullPolicy = imagePullPolicy;
  }

  public String getImagePullSecret() {
    return imagePullSecret;
  }

  public void setImagePullSecret(String imagePullSecret) {
    this.imagePullSecret = imagePullSecret;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ContainerDiskSource that = (ContainerDiskSource) o;
    return Objects.equals(image, that.image)
        && Objects.equals(path, that.path)
        && Objects.equals(imagePullPolicy, that.imagePullPolicy)
        && Objects.equals(imagePullSecret, that.imagePullSecret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), image, path, imagePullPolicy, imagePullSecret);
  }
}
