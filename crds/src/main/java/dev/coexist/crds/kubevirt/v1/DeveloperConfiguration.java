package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Feature gates and developer settings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DeveloperConfiguration extends ExtensibleObject {

  /** Enabled feature gates. */
  @JsonPropertyDescription("Enabled feature gates.")
  private List<String> featureGates;

  /** Run VMs with software emulation (TCG) when /dev/kvm is missing. */
  @JsonPropertyDescription("Run VMs with software emulation (TCG) when /dev/kvm is missing.")
  private Boolean useEmulation;

  /** vCPUs per requested CPU (10 if empty). */
  @JsonPropertyDescription("vCPUs per requested CPU (10 if empty).")
  private Integer cpuAllocationRatio;

  /** Percent of guest memory the launcher requests (100 if empty). */
  @JsonPropertyDescription("Percent of guest memory the launcher requests (100 if empty).")
  private Integer memoryOvercommit;

  /** Extra node selectors for all launcher pods. */
  @JsonPropertyDescription("Extra node selectors for all launcher pods.")
  private Map<String, String> nodeSelectors;

  /** Log verbosity per component (kept as written). */
  @JsonPropertyDescription("Log verbosity per component (kept as written).")
  @PreserveUnknownFields
  private OpenObject logVerbosity;

  public List<String> getFeatureGates() {
    return featureGates;
  }

  public void setFeatureGates(List<String> featureGates) {
    this.featureGates = featureGates;
  }

  public Boolean getUseEmulation() {
    return useEmulation;
  }

  public void setUseEmulation(Boolean useEmulation) {
    this.useEmulation = useEmulation;
  }

  public Integer getCpuAllocationRatio() {
    return cpuAllocationRatio;
  }

  public void setCpuAllocationRatio(Integer cpuAllocationRatio) {
    this.cpuAllocationRatio = cpuAllocationRatio;
  }

  public Integer getMemoryOvercommit() {
    return memoryOvercommit;
  }

  public void setMemoryOvercommit(Integer memoryOvercommit) {
    this.memoryOvercommit = memoryOvercommit;
  }

  public Map<String, String> getNodeSelectors() {
    return nodeSelectors;
  }

  public void setNodeSelectors(Map<String, String> nodeSelectors) {
    this.nodeSelectors = nodeSelectors;
  }

  public OpenObject getLogVerbosity() {
    return logVerbosity;
  }

  public void setLogVerbosity(OpenObject logVerbosity) {
    this.logVerbosity = logVerbosity;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DeveloperConfiguration that = (DeveloperConfiguration) o;
    return Objects.equals(featureGates, that.featureGates)
        && Objects.equals(useEmulation, that.useEmulation)
        && Objects.equals(cpuAllocationRatio, that.cpuAllocationRatio)
        && Objects.equals(memoryOvercommit, that.memoryOvercommit)
        && Objects.equals(nodeSelectors, that.nodeSelectors)
        && Objects.equals(logVerbosity, that.logVerbosity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        featureGates,
        useEmulation,
        cpuAllocationRatio,
        memoryOvercommit,
        nodeSelectors,
        logVerbosity);
  }
}
