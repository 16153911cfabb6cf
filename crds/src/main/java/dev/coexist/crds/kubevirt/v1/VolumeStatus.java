package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** The state of a VMI volume. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class VolumeStatus extends ExtensibleObject {

  /** The volume name. */
  @JsonPropertyDescription("The volume name.")
  @Required
  private String name;

  /** The guest device name, e.g. vda. */
  @JsonPropertyDescription("The guest device name, e.g. vda.")
  private String target;

  /** The hotplug phase. */
  @JsonPropertyDescription("The hotplug phase.")
  private String phase;

  /** A short reason. */
  @JsonPropertyDescription("A short reason.")
  private String reason;

  /** A human-readable message. */
  @JsonPropertyDescription("A human-readable message.")
  private String message;

  /** The volume size in bytes. */
  @JsonPropertyDescription("The volume size in bytes.")
  private Long size;

  /** Details of the backing PVC (kept as written). */
  @JsonPropertyDescription("Details of the backing PVC (kept as written).")
  @PreserveUnknownFields
  private OpenObject persistentVolumeClaimInfo;

  /** Hotplug details (kept as written). */
  @JsonPropertyDescription("Hotplug details (kept as written).")
  @PreserveUnknownFields
  private OpenObject hotplugVolume;

  /** Memory dump details (kept as written). */
  @JsonPropertyDescription("Memory dump details (kept as written).")
  @PreserveUnknownFields
  private OpenObject memoryDumpVolume;

  /** Container disk details (kept as written). */
  @JsonPropertyDescription("Container disk details (kept as written).")
  @PreserveUnknownFields
  private OpenObject containerDiskVolume;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public Long getSize() {
    return size;
  }

  public void setSize(Long size) {
    this.size = size;
  }

  public OpenObject getPersistentVolumeClaimInfo() {
    return persistentVolumeClaimInfo;
  }

  public void setPersistentVolumeClaimInfo(OpenObject persistentVolumeClaimInfo) {
    this.persistentVolumeClaimInfo = persistentVolumeClaimInfo;
  }

  public OpenObject getHotplugVolume() {
    return hotplugVolume;
  }

  public void setHotplugVolume(OpenObject hotplugVolume) {
    this.hotplugVolume = hotplugVolume;
  }

  public OpenObject getMemoryDumpVolume() {
    return memoryDumpVolume;
  }

  public void setMemoryDumpVolume(OpenObject memoryDumpVolume) {
    this.memoryDumpVolume = memoryDumpVolume;
  }

  public OpenObject getContainerDiskVolume() {
    return containerDiskVolume;
  }

  public void setContainerDiskVolume(OpenObject containerDiskVolume) {
    this.containerDiskVolume = containerDiskVolume;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VolumeStatus that = (VolumeStatus) o;
    return Objects.equals(name, that.name)
        && Objects.equals(target, that.target)
        && Objects.equals(phase, that.phase)
        && Objects.equals(reason, that.reason)
        && Objects.equals(message, that.message)
        && Objects.equals(size, that.size)
        && Objects.equals(persistentVolumeClaimInfo, that.persistentVolumeClaimInfo)
        && Objects.equals(hotplugVolume, that.hotplugVolume)
        && Objects.equals(memoryDumpVolume, that.memoryDumpVolume)
        && Objects.equals(containerDiskVolume, that.containerDiskVolume);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        name,
        target,
        phase,
        reason,
        message,
        size,
        persistentVolumeClaimInfo,
        hotplugVolume,
        memoryDumpVolume,
        containerDiskVolume);
  }
}
