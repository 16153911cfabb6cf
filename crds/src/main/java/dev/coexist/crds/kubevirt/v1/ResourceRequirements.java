package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;
import java.util.Objects;

/** Compute resources of a VMI's launcher pod. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class ResourceRequirements extends ExtensibleObject {

  /** Resources the launcher pod requests (cpu, memory...). */
  @JsonPropertyDescription("Resources the launcher pod requests (cpu, memory...).")
  private Map<String, Quantity> requests;

  /** Resource limits of the launcher pod. */
  @JsonPropertyDescription("Resource limits of the launcher pod.")
  private Map<String, Quantity> limits;

  /** Do not add the virtualization overhead to the memory request. */
  @JsonPropertyDescription("Do not add the virtualization overhead to the memory request.")
  private Boolean overcommitGuestOverhead;

  public Map<String, Quantity> getRequests() {
    return requests;
  }

  public void setRequests(Map<String, Quantity> requests) {
    this.requests = requests;
  }

  public Map<String, Quantity> getLimits() {
    return limits;
  }

  public void setLimits(Map<String, Quantity> limits) {
    this.limits = limits;
  }

  public Boolean getOvercommitGuestOverhead() {
    return overcommitGuestOverhead;
  }

  public void setOvercommitGuestOverhead(Boolean overcommitGuestOverhead) {
    this.overcommitGuestOverhead = overcommitGuestOverhead;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ResourceRequirements that = (ResourceRequirements) o;
    return Objects.equals(requests, that.requests)
        && Objects.equals(limits, that.limits)
        && Objects.equals(overcommitGuestOverhead, that.overcommitGuestOverhead);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), requests, limits, overcommitGuestOverhead);
  }
}
