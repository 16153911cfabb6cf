package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * {@code <interface type>}: a guest NIC.
 *
 * @param type {@code user} (its netdev replaced by a passt stream, see {@link QemuOverride}) or
 *     {@code bridge}
 * @param mac the guest MAC address, or null for a libvirt-generated one
 * @param source the host bridge, for {@code bridge}
 * @param model the NIC model
 * @param alias the user alias ({@code ua-<name>}) naming the VMI interface
 * @param link the link state, or null for up
 * @param boot the boot order, or null
 */
@JsonPropertyOrder({"type", "mac", "source", "model", "alias", "link", "boot"})
public record Interface(
    @JacksonXmlProperty(isAttribute = true) String type,
    Mac mac,
    Source source,
    Model model,
    Alias alias,
    Link link,
    BootOrder boot) {

  /** {@code <mac address='52:54:00:..'/>}. */
  public record Mac(@JacksonXmlProperty(isAttribute = true) String address) {}

  /** {@code <source bridge='br0'/>}. */
  public record Source(@JacksonXmlProperty(isAttribute = true) String bridge) {}

  /** {@code <model type='virtio'/>}. */
  public record Model(@JacksonXmlProperty(isAttribute = true) String type) {}

  /** {@code <alias name='ua-default'/>}. */
  public record Alias(@JacksonXmlProperty(isAttribute = true) String name) {}

  /** {@code <link state='down'/>}. */
  public record Link(@JacksonXmlProperty(isAttribute = true) String state) {}
}
