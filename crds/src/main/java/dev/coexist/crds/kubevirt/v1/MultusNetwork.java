package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A Multus secondary network. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class MultusNetwork extends ExtensibleObject {

  /** The NetworkAttachmentDefinition, as name or namespace/name. */
  @JsonPropertyDescription("The NetworkAttachmentDefinition, as name or namespace/name.")
  @Required
  private String networkName;

  /** Use this network as the pod's default network instead of the pod network. */
  @JsonProperty("default")
  @JsonPropertyDescription(
      "Use this network as the pod's default network instead of the pod network.")
  private Boolean defaultNetwork;

  public String getNetworkName() {
    return networkName;
  }

  public void setNetworkName(String networkName) {
    this.networkName = networkName;
  }

  public Boolean getDefaultNetwork() {
    return defaultNetwork;
  }

  public void setDefaultNetwork(Boolean defaultNetwork) {
    this.defaultNetwork = defaultNetwork;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    MultusNetwork that = (MultusNetwork) o;
    return Objects.equals(networkName, that.networkName)
        && Objects.equals(defaultNetwork, that.defaultNetwork);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), networkName, defaultNetwork);
  }
}
