package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.List;

/**
 * {@code <os>}: guest type, firmware and boot.
 *
 * @param type {@code <type arch machine>hvm</type>}
 * @param loader the UEFI firmware code (pflash), or null for the default BIOS
 * @param nvram the per-VM UEFI variable store, or null
 * @param boot boot devices by class; empty when devices carry their own boot order
 * @param bios BIOS options, or null
 * @param smbios where SMBIOS tables come from, or null
 */
@JsonPropertyOrder({"type", "loader", "nvram", "boot", "bios", "smbios"})
public record Os(
    Type type,
    Loader loader,
    Nvram nvram,
    @JacksonXmlElementWrapper(useWrapping = false) List<Boot> boot,
    Bios bios,
    Smbios smbios) {

  /** {@code <type arch='x86_64' machine='q35'>hvm</type>}. */
  public record Type(
      @JacksonXmlProperty(isAttribute = true) String arch,
      @JacksonXmlProperty(isAttribute = true) String machine,
      @JacksonXmlText String value) {}

  /** {@code <loader readonly='yes' secure='no' type='pflash'>path</loader>}. */
  public record Loader(
      @JacksonXmlProperty(isAttribute = true) String readonly,
      @JacksonXmlProperty(isAttribute = true) String secure,
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlText String path) {}

  /** {@code <nvram template='vars-template'>per-vm-vars-path</nvram>}. */
  public record Nvram(
      @JacksonXmlProperty(isAttribute = true) String template, @JacksonXmlText String path) {}

  /** {@code <boot dev='hd'/>}. */
  public record Boot(@JacksonXmlProperty(isAttribute = true) String dev) {}

  /** {@code <bios useserial='yes'/>}. */
  public record Bios(@JacksonXmlProperty(isAttribute = true) String useserial) {}

  /** {@code <smbios mode='sysinfo'/>}. */
  public record Smbios(@JacksonXmlProperty(isAttribute = true) String mode) {}
}
