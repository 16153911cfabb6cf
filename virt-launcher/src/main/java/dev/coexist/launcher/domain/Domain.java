package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/**
 * A libvirt {@code <domain>}: the whole guest definition.
 *
 * @param type {@code qemu} (TCG emulation) or {@code kvm}
 * @param name the libvirt domain name
 * @param uuid the domain (and SMBIOS system) UUID
 * @param memory the guest's maximum memory
 * @param currentMemory the guest's memory at boot
 * @param vcpu the number of virtual CPUs
 * @param sysinfo SMBIOS tables, or null
 * @param os boot and firmware settings
 * @param features hypervisor features
 * @param cpu CPU model and topology
 * @param clock guest clock and timers
 * @param onPoweroff what libvirt does when the guest powers off
 * @param onReboot what libvirt does when the guest reboots
 * @param onCrash what libvirt does when the guest crashes
 * @param devices the guest's devices
 * @param qemuCommandline extra QEMU arguments, or null
 * @param qemuOverride QEMU device property overrides, or null
 */
@JacksonXmlRootElement(localName = "domain")
@JsonPropertyOrder({
  "type",
  "name",
  "uuid",
  "memory",
  "currentMemory",
  "vcpu",
  "sysinfo",
  "os",
  "features",
  "cpu",
  "clock",
  "on_poweroff",
  "on_reboot",
  "on_crash",
  "devices",
  "commandline",
  "override"
})
public record Domain(
    @JacksonXmlProperty(isAttribute = true) String type,
    String name,
    String uuid,
    ScaledInteger memory,
    ScaledInteger currentMemory,
    Vcpu vcpu,
    Sysinfo sysinfo,
    Os os,
    Features features,
    Cpu cpu,
    Clock clock,
    @JsonProperty("on_poweroff") String onPoweroff,
    @JsonProperty("on_reboot") String onReboot,
    @JsonProperty("on_crash") String onCrash,
    Devices devices,
    @JacksonXmlProperty(localName = "commandline", namespace = QemuCommandline.NAMESPACE)
        QemuCommandline qemuCommandline,
    @JacksonXmlProperty(localName = "override", namespace = QemuCommandline.NAMESPACE)
        QemuOverride qemuOverride) {

  /** {@code <vcpu placement='static'>N</vcpu>}. */
  public record Vcpu(
      @JacksonXmlProperty(isAttribute = true) String placement, @JacksonXmlText int count) {

    /** A statically placed vCPU count. */
    public static Vcpu of(int count) {
      return new Vcpu("static", count);
    }
  }
}
