package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** The default pod network. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class PodNetwork extends ExtensibleObject {

  /** The IPv4 CIDR the guest sees behind masquerade (10.0.2.0/24 if empty). */
  @JsonPropertyDescription("The IPv4 CIDR the guest sees behind masquerade (10.0.2.0/24 if empty).")
  private String vmNetworkCIDR;

  /** The IPv6 CIDR the guest sees behind masquerade. */
  @JsonPropertyDescription("The IPv6 CIDR the guest sees behind masquerade.")
  private String vmIPv6NetworkCIDR;

  public String getVmNetworkCIDR() {
    return vmNetworkCIDR;
  }

  public void setVmNetworkCIDR(String vmNetworkCIDR) {
    this.vmNetworkCIDR = vmNetworkCIDR;
  }

  public String getVmIPv6NetworkCIDR() {
    return vmIPv6NetworkCIDR;
  }

  public void setVmIPv6NetworkCIDR(String vmIPv6NetworkCIDR) {
    this.vmIPv6NetworkCIDR = vmIPv6NetworkCIDR;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    PodNetwork that = (PodNetwork) o;
    return Objects.equals(vmNetworkCIDR, that.vmNetworkCIDR)
        && Objects.equals(vmIPv6NetworkCIDR, that.vmIPv6NetworkCIDR);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), vmNetworkCIDR, vmIPv6NetworkCIDR);
  }
}
