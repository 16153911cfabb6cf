package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** A network the VMI's interfaces connect to; exactly one of pod or multus. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Network extends ExtensibleObject {

  /** The network name; the interface of the same name connects to it. */
  @JsonPropertyDescription("The network name; the interface of the same name connects to it.")
  @Required
  @Size(max = 253)
  private String name;

  /** The pod network. */
  @JsonPropertyDescription("The pod network.")
  private PodNetwork pod;

  /** A secondary network from a NetworkAttachmentDefinition. */
  @JsonPropertyDescription("A secondary network from a NetworkAttachmentDefinition.")
  private MultusNetwork multus;

  /** A network from a resource claim (kept as written). */
  @JsonPropertyDescription("A network from a resource claim (kept as written).")
  @PreserveUnknownFields
  private OpenObject resourceClaim;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PodNetwork getPod() {
    return pod;
  }

  public void setPod(PodNetwork pod) {
    this.pod = pod;
  }

  public MultusNetwork getMultus() {
    return multus;
  }

  public void setMultus(MultusNetwork multus) {
    this.multus = multus;
  }

  public OpenObject getResourceClaim() {
    return resourceClaim;
  }

  public void setResourceClaim(OpenObject resourceClaim) {
    this.resourceClaim = resourceClaim;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Network that = (Network) o;
    return Objects.equals(name, that.name)
        && Objects.equals(pod, that.pod)
        && Objects.equals(multus, that.multus)
        && Objects.equals(resourceClaim, that.resourceClaim);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), name, pod, multus, resourceClaim);
  }
}
