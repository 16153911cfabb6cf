package dev.coexist.crds.cdi.v1beta1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.fabric8.kubernetes.api.model.TypedObjectReference;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import java.util.List;
import java.util.Objects;

/** The target storage of a DataVolume; empty values come from the StorageProfile. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class StorageSpec extends ExtensibleObject {

  /** Access modes of the PVC. */
  @JsonPropertyDescription("Access modes of the PVC.")
  private List<String> accessModes;

  /** A label query over volumes to bind. */
  @JsonPropertyDescription("A label query over volumes to bind.")
  private LabelSelector selector;

  /** The requested size (resources.requests.storage). */
  @JsonPropertyDescription("The requested size (resources.requests.storage).")
  private VolumeResourceRequirements resources;

  /** The PV to bind. */
  @JsonPropertyDescription("The PV to bind.")
  private String volumeName;

  /** The StorageClass. */
  @JsonPropertyDescription("The StorageClass.")
  private String storageClassName;

  /** Filesystem or Block. */
  @JsonPropertyDescription("Filesystem or Block.")
  private String volumeMode;

  /** A data source of the PVC. */
  @JsonPropertyDescription("A data source of the PVC.")
  private TypedLocalObjectReference dataSource;

  /** A data source reference of the PVC. */
  @JsonPropertyDescription("A data source reference of the PVC.")
  private TypedObjectReference dataSourceRef;

  public List<String> getAccessModes() {
    return accessModes;
  }

  public void setAccessModes(List<String> accessModes) {
    this.accessModes = accessModes;
  }

  public LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(LabelSelector selector) {
    this.selector = selector;
  }

  public VolumeResourceRequirements getResources() {
    return resources;
  }

  public void setResources(VolumeResourceRequirements resources) {
    this.resources = resources;
  }

  public String getVolumeName() {
    return volumeName;
  }

  public void setVolumeName(String volumeName) {
    this.volumeName = volumeName;
  }

  public String getStorageClassName() {
    return storageClassName;
  }

  public void setStorageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
  }

  public String getVolumeMode() {
    return volumeMode;
  }

  public void setVolumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
  }

  public TypedLocalObjectReference getDataSource() {
    return dataSource;
  }

  public void setDataSource(TypedLocalObjectReference dataSource) {
    this.dataSource = dataSource;
  }

  public TypedObjectReference getDataSourceRef() {
    return dataSourceRef;
  }

  public void setDataSourceRef(TypedObjectReference dataSourceRef) {
    this.dataSourceRef = dataSourceRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    StorageSpec that = (StorageSpec) o;
    return Objects.equals(accessModes, that.accessModes)
        && Objects.equals(selector, that.selector)
        && Objects.equals(resources, that.resources)
        && Objects.equals(volumeName, that.volumeName)
        && Objects.equals(storageClassName, that.storageClassName)
        && Objects.equals(volumeMode, that.volumeMode)
        && Objects.equals(dataSource, that.dataSource)
        && Objects.equals(dataSourceRef, that.dataSourceRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        accessModes,
        selector,
        resources,
        volumeName,
        storageClassName,
        volumeMode,
        dataSource,
        dataSourceRef);
  }
}
