package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** Where a DataVolume's data comes from; exactly one field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DataVolumeSource extends ExtensibleObject {

  /** An image on an HTTP(S) server. */
  @JsonPropertyDescription("An image on an HTTP(S) server.")
  private DataVolumeSourceHttp http;

  /** A container disk image in a registry. */
  @JsonPropertyDescription("A container disk image in a registry.")
  private DataVolumeSourceRegistry registry;

  /** An object in an S3 bucket. */
  @JsonPropertyDescription("An object in an S3 bucket.")
  private DataVolumeSourceS3 s3;

  /** An object in a Google Cloud Storage bucket. */
  @JsonPropertyDescription("An object in a Google Cloud Storage bucket.")
  private DataVolumeSourceGcs gcs;

  /** Data uploaded through the upload proxy (virtctl image-upload). */
  @JsonPropertyDescription("Data uploaded through the upload proxy (virtctl image-upload).")
  private DataVolumeSourceUpload upload;

  /** A PVC to clone. */
  @JsonPropertyDescription("A PVC to clone.")
  private DataVolumeSourcePvc pvc;

  /** A VolumeSnapshot to restore. */
  @JsonPropertyDescription("A VolumeSnapshot to restore.")
  private DataVolumeSourceSnapshot snapshot;

  /** An empty disk image. */
  @JsonPropertyDescription("An empty disk image.")
  private DataVolumeBlankImage blank;

  /** A disk in oVirt / RHV through imageio. */
  @JsonPropertyDescription("A disk in oVirt / RHV through imageio.")
  private DataVolumeSourceImageIo imageio;

  /** A disk of a VMware VM through VDDK. */
  @JsonPropertyDescription("A disk of a VMware VM through VDDK.")
  private DataVolumeSourceVddk vddk;

  public DataVolumeSourceHttp getHttp() {
    return http;
  }

  public void setHttp(DataVolumeSourceHttp http) {
    this.http = http;
  }

  public DataVolumeSourceRegistry getRegistry() {
    return registry;
  }

  public void setRegistry(DataVolumeSourceRegistry registry) {
    this.registry = registry;
  }

  public DataVolumeSourceS3 getS3() {
    return s3;
  }

  public void setS3(DataVolumeSourceS3 s3) {
    this.s3 = s3;
  }

  public DataVolumeSourceGcs getGcs() {
    return gcs;
  }

  public void setGcs(DataVolumeSourceGcs gcs) {
    this.gcs = gcs;
  }

  public DataVolumeSourceUpload getUpload() {
    return upload;
  }

  public void setUpload(DataVolumeSourceUpload upload) {
    this.upload = upload;
  }

  public DataVolumeSourcePvc getPvc() {
    return pvc;
  }

  public void setPvc(DataVolumeSourcePvc pvc) {
    this.pvc = pvc;
  }

  public DataVolumeSourceSnapshot getSnapshot() {
    return snapshot;
  }

  public void setSnapshot(DataVolumeSourceSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  public DataVolumeBlankImage getBlank() {
    return blank;
  }

  public void setBlank(DataVolumeBlankImage blank) {
    this.blank = blank;
  }

  public DataVolumeSourceImageIo getImageio() {
    return imageio;
  }

  public void setImageio(DataVolumeSourceImageIo imageio) {
    this.imageio = imageio;
  }

  public DataVolumeSourceVddk getVddk() {
    return vddk;
  }

  public void setVddk(DataVolumeSourceVddk vddk) {
    this.vddk = vddk;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DataVolumeSource that = (DataVolumeSource) o;
    return Objects.equals(http, that.http)
        && Objects.equals(registry, that.registry)
        && Objects.equals(s3, that.s3)
        && Objects.equals(gcs, that.gcs)
        && Objects.equals(upload, that.upload)
        && Objects.equals(pvc, that.pvc)
        && Objects.equals(snapshot, that.snapshot)
        && Objects.equals(blank, that.blank)
        && Objects.equals(imageio, that.imageio)
        && Objects.equals(vddk, that.vddk);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(), http, registry, s3, gcs, upload, pvc, snapshot, blank, imageio, vddk);
  }
}
