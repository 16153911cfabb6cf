package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** A reference to a VirtualMachinePreference or VirtualMachineClusterPreference. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class PreferenceMatcher extends ExtensibleObject {

  /** The preference name. */
  @JsonPropertyDescription("The preference name.")
  private String name;

  /** VirtualMachineClusterPreference (default) or VirtualMachinePreference. */
  @JsonPropertyDescription("VirtualMachineClusterPreference (default) or VirtualMachinePreference.")
  private String kind;

  /** The ControllerRevision holding the captured preference. */
  @JsonPropertyDescription("The ControllerRevision holding the captured preference.")
  private String revisionName;

  /** Infer the preference from this volume's labels. */
  @JsonPropertyDescription("Infer the preference from this volume's labels.")
  private String inferFromVolume;

  /** Reject (default) or Ignore when inference fails. */
  @JsonPropertyDescription("Reject (default) or Ignore when inference fails.")
  private String inferFromVolumeFailurePolicy;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getRevisionName() {
    return revisionName;
  }

  public void setRevisionName(String revisionName) {
    this.revisionName = revisionName;
  }

  public String getInferFromVolume() {
    return inferFromVolume;
  }

  public void setInferFromVolume(String inferFromVolume) {
    this.inferFromVolume = inferFromVolume;
  }

  public String getInferFromVolumeFailurePolicy() {
    return inferFromVolumeFailurePolicy;
  }

  public void setInferFromVolumeFailurePolicy(String inferFromVolumeFailurePolicy) {
    this.inferFromVolumeFailurePolicy = inferFromVolumeFailurePolicy;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    PreferenceMatcher that = (PreferenceMatcher) o;
    return Objects.equals(name, that.name)
        && Objects.equals(kind, that.kind)
        && Objects.equals(revisionName, that.revisionName)
        && Objects.equals(inferFromVolume, that.inferFromVolume)
        && Objects.equals(inferFromVolumeFailurePolicy, that.inferFromVolumeFailurePolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(), name, kind, revisionName, inferFromVolume, inferFromVolumeFailurePolicy);
  }
}
