package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import java.util.List;
import java.util.Objects;

/**
 * The desired state of a DataVolume: where the data comes from and the PVC it lands in. Immutable
 * after creation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@JsonClassDescription(
    "The desired state of a DataVolume: where the data comes from and the PVC it lands in. Immutable after creation.")
public class DataVolumeSpec extends ExtensibleObject {

  /** Where the data comes from; exactly one source. */
  @JsonPropertyDescription("Where the data comes from; exactly one source.")
  private DataVolumeSource source;

  /** A DataSource to clone from, instead of source. */
  @JsonPropertyDescription("A DataSource to clone from, instead of source.")
  private DataVolumeSourceRef sourceRef;

  /** The target PVC spec, used as is. */
  @JsonPropertyDescription("The target PVC spec, used as is.")
  private PersistentVolumeClaimSpec pvc;

  /** The target storage; missing values come from the StorageProfile. */
  @JsonPropertyDescription("The target storage; missing values come from the StorageProfile.")
  private StorageSpec storage;

  /** The priority class of the worker pods. */
  @JsonPropertyDescription("The priority class of the worker pods.")
  private String priorityClassName;

  /** kubevirt (a disk image, the default) or archive (a tar archive). */
  @JsonPropertyDescription("kubevirt (a disk image, the default) or archive (a tar archive).")
  private DataVolumeContentType contentType;

  /** Snapshots of a multi-stage (warm) import. */
  @JsonPropertyDescription("Snapshots of a multi-stage (warm) import.")
  private List<DataVolumeCheckpoint> checkpoints;

  /** The current checkpoint is the last one. */
  @JsonPropertyDescription("The current checkpoint is the last one.")
  private Boolean finalCheckpoint;

  /** Preallocate the target disk. */
  @JsonPropertyDescription("Preallocate the target disk.")
  private Boolean preallocation;

  public DataVolumeSource getSource() {
    return source;
  }

  public void setSource(DataVolumeSource source) {
    this.source = source;
  }

  public DataVolumeSourceRef getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(DataVolumeSourceRef sourceRef) {
    this.sourceRef = sourceRef;
  }

  public PersistentVolumeClaimSpec getPvc() {
    return pvc;
  }

  public void setPvc(PersistentVolumeClaimSpec pvc) {
    this.pvc = pvc;
  }

  public StorageSpec getStorage() {
    return storage;
  }

  public void setStorage(StorageSpec storage) {
    this.storage = storage;
  }

  public String getPriorityClassName() {
    return priorityClassName;
  }

  public void setPriorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
  }

  public DataVolumeContentType getContentType() {
    return contentType;
  }

  public void setContentType(DataVolumeContentType contentType) {
    this.contentType = contentType;
  }

  public List<DataVolumeCheckpoint> getCheckpoints() {
    return checkpoints;
  }

  public void setCheckpoints(List<DataVolumeCheckpoint> checkpoints) {
    this.checkpoints = checkpoints;
  }

  public Boolean getFinalCheckpoint() {
    return finalCheckpoint;
  }

  public void setFinalCheckpoint(Boolean finalCheckpoint) {
    this.finalCheckpoint = finalCheckpoint;
  }

  public Boolean getPreallocation() {
    return preallocation;
  }

  public void setPreallocation(Boolean preallocation) {
    this.preallocation = preallocation;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DataVolumeSpec that = (DataVolumeSpec) o;
    return Objects.equals(source, that.source)
        && Objects.equals(sourceRef, that.sourceRef)
        && Objects.equals(pvc, that.pvc)
        && Objects.equals(storage, that.storage)
        && Objects.equals(priorityClassName, that.priorityClassName)
        && Objects.equals(contentType, that.contentType)
        && Objects.equals(checkpoints, that.checkpoints)
        && Objects.equals(finalCheckpoint, that.finalCheckpoint)
        && Objects.equals(preallocation, that.preallocation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        source,
        sourceRef,
        pvc,
        storage,
        priorityClassName,
        contentType,
        checkpoints,
        finalCheckpoint,
        preallocation);
  }
}
