package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/**
 * {@code <interface type>}: a guest NIC.
 *
 * @param type {@code user} (passt: libvirt's backend, or a launcher-run passt through {@link
 *     QemuOverride}) or {@code bridge}
 * @param mac the guest MAC address, or null for a libvirt-generated one
 * @param source the host bridge, for {@code bridge}
 * @param portForwards ports libvirt's passt forwards to the guest (no ranges: all ports)
 * @param model the NIC model
 * @param backend {@code passt} when libvirt runs passt, else null
 * @param alias the user alias ({@code ua-<name>}) naming the VMI interface
 * @param link the link state, or null for up
 * @param boot the boot order, or null
 */
@JsonPropertyOrder({
  "type",
  "mac",
  "source",
  "portForward",
  "model",
  "backend",
  "alias",
  "link",
  "boot"
})
public record Interface(
    @JacksonXmlProperty(isAttribute = true) String type,
    Mac mac,
    Source source,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "portForward")
        List<PortForward> portForwards,
    Model model,
    Backend backend,
    Alias alias,
    Link link,
    BootOrder boot) {

  /** {@code <mac address='52:54:00:..'/>}. */
  public record Mac(@JacksonXmlProperty(isAttribute = true) String address) {}

  /** {@code <source bridge='br0'/>}. */
  public record Source(@JacksonXmlProperty(isAttribute = true) String bridge) {}

  /** {@code <portForward proto='tcp'>ranges</portForward>}; no ranges forwards all ports. */
  public record PortForward(
      @JacksonXmlProperty(isAttribute = true) String proto,
      @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "range")
          List<Range> ranges) {}

  /** {@code <range start='80' end='90'/>}. */
  public record Range(
      @JacksonXmlProperty(isAttribute = true) int start,
      @JacksonXmlProperty(isAttribute = true) Integer end) {}

  /** {@code <model type='virtio'/>}. */
  public record Model(@JacksonXmlProperty(isAttribute = true) String type) {}

  /** {@code <backend type='passt' logFile='...'/>}. */
  public record Backend(
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlProperty(isAttribute = true) String logFile) {}

  /** {@code <alias name='ua-default'/>}. */
  public record Alias(@JacksonXmlProperty(isAttribute = true) String name) {}

  /** {@code <link state='down'/>}. */
  public record Link(@JacksonXmlProperty(isAttribute = true) String state) {}
}
