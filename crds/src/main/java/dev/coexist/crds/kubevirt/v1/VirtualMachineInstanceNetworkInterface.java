package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.List;
import java.util.Objects;

/** A network interface of the guest as observed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class VirtualMachineInstanceNetworkInterface extends ExtensibleObject {

  /** The interface name from the spec. */
  @JsonPropertyDescription("The interface name from the spec.")
  private String name;

  /** The primary IP address. */
  @JsonPropertyDescription("The primary IP address.")
  private String ipAddress;

  /** All IP addresses. */
  @JsonPropertyDescription("All IP addresses.")
  private List<String> ipAddresses;

  /** The MAC address. */
  @JsonPropertyDescription("The MAC address.")
  private String mac;

  /** The interface name inside the guest. */
  @JsonPropertyDescription("The interface name inside the guest.")
  private String interfaceName;

  /** Where the information came from: domain, guest-agent, multus-status (comma-separated). */
  @JsonPropertyDescription(
      "Where the information came from: domain, guest-agent, multus-status (comma-separated).")
  private String infoSource;

  /** up or down. */
  @JsonPropertyDescription("up or down.")
  private String linkState;

  /** The number of queues. */
  @JsonPropertyDescription("The number of queues.")
  private Integer queueCount;

  /** The interface name in the launcher pod. */
  @JsonPropertyDescription("The interface name in the launcher pod.")
  private String podInterfaceName;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIpAddress() {
    return ipAddress;
  }

  public void setIpAddress(String ipAddress) {
    this.ipAddress = ipAddress;
  }

  public List<String> getIpAddresses() {
    return ipAddresses;
  }

  public void setIpAddresses(List<String> ipAddresses) {
    this.ipAddresses = ipAddresses;
  }

  public String getMac() {
    return mac;
  }

  public void setMac(String mac) {
    this.mac = mac;
  }

  public String getInterfaceName() {
    return interfaceName;
  }

  public void setInterfaceName(String interfaceName) {
    this.interfaceName = interfaceName;
  }

  public String getInfoSource() {
    return infoSource;
  }

  public void setInfoSource(String infoSource) {
    this.infoSource = infoSource;
  }

  public String getLinkState() {
    return linkState;
  }

  public void setLinkState(String linkState) {
    this.linkState = linkState;
  }

  public Integer getQueueCount() {
    return queueCount;
  }

  public void setQueueCount(Integer queueCount) {
    this.queueCount = queueCount;
  }

  public String getPodInterfaceName() {
    return podInterfaceName;
  }

  public void setPodInterfaceName(String podInterfaceName) {
    this.podInterfaceName = podInterfaceName;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    VirtualMachineInstanceNetworkInterface that = (VirtualMachineInstanceNetworkInterface) o;
    return Objects.equals(name, that.name)
        && Objects.equals(ipAddress, that.ipAddress)
        && Objects.equals(ipAddresses, that.ipAddresses)
        && Objects.equals(mac, that.mac)
        && Objects.equals(interfaceName, that.interfaceName)
        && Objects.equals(infoSource, that.infoSource)
        && Objects.equals(linkState, that.linkState)
        && Objects.equals(queueCount, that.queueCount)
        && Objects.equals(podInterfaceName, that.podInterfaceName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        name,
        ipAddress,
        ipAddresses,
        mac,
        interfaceName,
        infoSource,
        linkState,
        queueCount,
        podInterfaceName);
  }
}
