package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;
import java.util.Objects;

/**
 * The desired state of a VirtualMachine: whether it runs, the VMI template and the DataVolumes it
 * owns.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
@ValidationRule(
    value = "!(has(self.running) && has(self.runStrategy))",
    message =
        "spec.running and spec.runStrategy are mutually exclusive: set only spec.runStrategy"
            + " (spec.running is deprecated)")
@JsonClassDescription(
    "The desired state of a VirtualMachine: whether it runs, the VMI template and the DataVolumes it owns.")
public class VirtualMachineSpec extends ExtensibleObject {

  /**
   * Deprecated: true keeps the VM running (like runStrategy Always), false keeps it stopped.
   * Mutually exclusive with runStrategy.
   */
  @JsonPropertyDescription(
      "Deprecated: true keeps the VM running (like runStrategy Always), false keeps it stopped. Mutually exclusive with runStrategy.")
  private Boolean running;

  /**
   * How the VM keeps its VMI running: Always, RerunOnFailure, Manual, Halted or Once. Mutually
   * exclusive with running.
   */
  @JsonPropertyDescription(
      "How the VM keeps its VMI running: Always, RerunOnFailure, Manual, Halted or Once. Mutually exclusive with running.")
  private RunStrategy runStrategy;

  /** The VMI created when the VM starts. */
  @JsonPropertyDescription("The VMI created when the VM starts.")
  @Required
  private VirtualMachineInstanceTemplateSpec template;

  /** DataVolumes created with the VM and owned by it. */
  @JsonPropertyDescription("DataVolumes created with the VM and owned by it.")
  private List<DataVolumeTemplateSpec> dataVolumeTemplates;

  /** An instance type providing CPU and memory. */
  @JsonPropertyDescription("An instance type providing CPU and memory.")
  private InstancetypeMatcher instancetype;

  /** A preference providing preferred device and firmware settings. */
  @JsonPropertyDescription("A preference providing preferred device and firmware settings.")
  private PreferenceMatcher preference;

  /** How volume changes of a running VM are applied: Replacement or Migration. */
  @JsonPropertyDescription(
      "How volume changes of a running VM are applied: Replacement or Migration.")
  private UpdateVolumesStrategy updateVolumesStrategy;

  /** Deprecated live-update settings (kept as written). */
  @JsonPropertyDescription("Deprecated live-update settings (kept as written).")
  @PreserveUnknownFields
  private OpenObject liveUpdateFeatures;

  public Boolean getRunning() {
    return running;
  }

  public void setRunning(Boolean running) {
    this.running = running;
  }

  public RunStrategy getRunStrategy() {
    return runStrategy;
  }

  public void setRunStrategy(RunStrategy runStrategy) {
    this.runStrategy = runStrategy;
  }

  public VirtualMachineInstanceTemplateSpec getTemplate() {
    return template;
  }

  public void setTemplate(VirtualMachineInstanceTemplateSpec template) {
    this.template = template;
  }

  public List<DataVolumeTemplateSpec> getDataVolumeTemplates() {
    return dataVolumeTemplates;
  }

  public void setDataVolumeTemplates(List<DataVolumeTemplateSpec> dataVolumeTemplates) {
    this.dataVolumeTemplates = dataVolumeTemplates;
  }

  public InstancetypeMatcher getInstancetype() {
    return instancetype;
  }

  public void setInstancetype(InstancetypeMatcher instancetype) {
    this.instancetype = instancetype;
  }

  public PreferenceMatcher getPreference() {
    return preference;
  }

  public void setPreference(PreferenceMatcher preference) {
    this.preference = preference;
  }

  public UpdateVolumesStrategy getUpdateVolumesStrategy() {
    return updateVolumesStrategy;
  }

  public void setUpdateVolumesStrategy(UpdateVolumesStrategy updateVolumesStrategy) {
    this.updateVolumesStrategy = updateVolumesStrategy;
  }

  public OpenObject getLiveUpdateFeatures() {
    return liveUpdateFeatures;
  }

  public void setLiveUpdateFeatures(OpenObject liveUpdateFeatures) {
    this.liveUpdateFeatures = liveUpdateFeatures;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineSpec that = (VirtualMachineSpec) o;
    return Objects.equals(running, that.running)
        && Objects.equals(runStrategy, that.runStrategy)
        && Objects.equals(template, that.template)
        && Objects.equals(dataVolumeTemplates, that.dataVolumeTemplates)
        && Objects.equals(instancetype, that.instancetype)
        && Objects.equals(preference, that.preference)
        && Objects.equals(updateVolumesStrategy, that.updateVolumesStrategy)
        && Objects.equals(liveUpdateFeatures, that.liveUpdateFeatures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        running,
        runStrategy,
        template,
        dataVolumeTemplates,
        instancetype,
        preference,
        updateVolumesStrategy,
        liveUpdateFeatures);
  }
}
