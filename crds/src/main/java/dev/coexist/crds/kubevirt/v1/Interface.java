package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Objects;

/**
 * A network interface of the VMI; exactly one binding (masquerade, bridge, sriov, passtBinding or
 * binding).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Interface extends ExtensibleObject {

  /** The interface name; the network of the same name is connected. */
  @JsonPropertyDescription("The interface name; the network of the same name is connected.")
  @Required
  @Size(max = 253)
  private String name;

  /** The NIC model: virtio (default), e1000, e1000e, ne2k_pci, pcnet, rtl8139. */
  @JsonPropertyDescription(
      "The NIC model: virtio (default), e1000, e1000e, ne2k_pci, pcnet, rtl8139.")
  private String model;

  /** The MAC address; generated if empty. */
  @JsonPropertyDescription("The MAC address; generated if empty.")
  private String macAddress;

  /** Ports forwarded to the guest (masquerade); all ports if empty. */
  @JsonPropertyDescription("Ports forwarded to the guest (masquerade); all ports if empty.")
  private List<Port> ports;

  /** The PXE boot order. */
  @JsonPropertyDescription("The PXE boot order.")
  @Min(1)
  private Integer bootOrder;

  /** The guest PCI address. */
  @JsonPropertyDescription("The guest PCI address.")
  private String pciAddress;

  /** The link state: up, down or absent. */
  @JsonPropertyDescription("The link state: up, down or absent.")
  private String state;

  /** A tag the guest can read from the device metadata. */
  @JsonPropertyDescription("A tag the guest can read from the device metadata.")
  private String tag;

  /** The ACPI index, which gives the guest a predictable interface name. */
  @JsonPropertyDescription("The ACPI index, which gives the guest a predictable interface name.")
  private Integer acpiIndex;

  /** Extra DHCP options (kept as written). */
  @JsonPropertyDescription("Extra DHCP options (kept as written).")
  @PreserveUnknownFields
  private OpenObject dhcpOptions;

  /** NAT the guest behind the pod IP. */
  @JsonPropertyDescription("NAT the guest behind the pod IP.")
  private InterfaceMasquerade masquerade;

  /** Bridge the guest onto the pod interface (the guest gets the pod IP). */
  @JsonPropertyDescription("Bridge the guest onto the pod interface (the guest gets the pod IP).")
  private InterfaceBridge bridge;

  /** Pass an SR-IOV virtual function through. */
  @JsonPropertyDescription("Pass an SR-IOV virtual function through.")
  private InterfaceSriov sriov;

  /** User-space passt networking (kept as written). */
  @JsonPropertyDescription("User-space passt networking (kept as written).")
  @PreserveUnknownFields
  private OpenObject passtBinding;

  /** A network binding plugin, by name. */
  @JsonPropertyDescription("A network binding plugin, by name.")
  private PluginBinding binding;

  /** Deprecated slirp binding (kept as written). */
  @JsonPropertyDescription("Deprecated slirp binding (kept as written).")
  @PreserveUnknownFields
  private OpenObject slirp;

  /** Deprecated macvtap binding (kept as written). */
  @JsonPropertyDescription("Deprecated macvtap binding (kept as written).")
  @PreserveUnknownFields
  private OpenObject macvtap;

  /** Deprecated core passt binding (kept as written). */
  @JsonPropertyDescription("Deprecated core passt binding (kept as written).")
  @PreserveUnknownFields
  private OpenObject passt;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public String getMacAddress() {
    return macAddress;
  }

  public void setMacAddress(String macAddress) {
    this.macAddress = macAddress;
  }

  public List<Port> getPorts() {
    return ports;
  }

  public void setPorts(List<Port> ports) {
    this.ports = ports;
  }

  public Integer getBootOrder() {
    return bootOrder;
  }

  public void setBootOrder(Integer bootOrder) {
    this.bootOrder = bootOrder;
  }

  public String getPciAddress() {
    return pciAddress;
  }

  public void setPciAddress(String pciAddress) {
    this.pciAddress = pciAddress;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public Integer getAcpiIndex() {
    return acpiIndex;
  }

  public void setAcpiIndex(Integer acpiIndex) {
    this.acpiIndex = acpiIndex;
  }

  public OpenObject getDhcpOptions() {
    return dhcpOptions;
  }

  public void setDhcpOptions(OpenObject dhcpOptions) {
    this.dhcpOptions = dhcpOptions;
  }

  public InterfaceMasquerade getMasquerade() {
    return masquerade;
  }

  public void setMasquerade(InterfaceMasquerade masquerade) {
    this.masquerade = masquerade;
  }

  public InterfaceBridge getBridge() {
    return bridge;
  }

  public void setBridge(InterfaceBridge bridge) {
    this.bridge = bridge;
  }

  public InterfaceSriov getSriov() {
    return sriov;
  }

  public void setSriov(InterfaceSriov sriov) {
    this.sriov = sriov;
  }

  public OpenObject getPasstBinding() {
    return passtBinding;
  }

  public void setPasstBinding(OpenObject passtBinding) {
    this.passtBinding = passtBinding;
  }

  public PluginBinding getBinding() {
    return binding;
  }

  public void setBinding(PluginBinding binding) {
    this.binding = binding;
  }

  public OpenObject getSlirp() {
    return slirp;
  }

  public void setSlirp(OpenObject slirp) {
    this.slirp = slirp;
  }

  public OpenObject getMacvtap() {
    return macvtap;
  }

  public void setMacvtap(OpenObject macvtap) {
    this.macvtap = macvtap;
  }

  public OpenObject getPasst() {
    return passt;
  }

  public void setPasst(OpenObject passt) {
    this.passt = passt;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Interface that = (Interface) o;
    return Objects.equals(name, that.name)
        && Objects.equals(model, that.model)
        && Objects.equals(macAddress, that.macAddress)
        && Objects.equals(ports, that.ports)
        && Objects.equals(bootOrder, that.bootOrder)
        && Objects.equals(pciAddress, that.pciAddress)
        && Objects.equals(state, that.state)
        && Objects.equals(tag, that.tag)
        && Objects.equals(acpiIndex, that.acpiIndex)
        && Objects.equals(dhcpOptions, that.dhcpOptions)
        && Objects.equals(masquerade, that.masquerade)
        && Objects.equals(bridge, that.bridge)
        && Objects.equals(sriov, that.sriov)
        && Objects.equals(passtBinding, that.passtBinding)
        && Objects.equals(binding, that.binding)
        && Objects.equals(slirp, that.slirp)
        && Objects.equals(macvtap, that.macvtap)
        && Objects.equals(passt, that.passt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        name,
        model,
        macAddress,
        ports,
        bootOrder,
        pciAddress,
        state,
        tag,
        acpiIndex,
        dhcpOptions,
        masquerade,
        bridge,
        sriov,
        passtBinding,
        binding,
        slirp,
        macvtap,
        passt);
  }
}
