package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** The virtual hardware of the VMI. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class DomainSpec extends ExtensibleObject {

  /** Compute resources of the launcher pod (requests, limits). */
  @JsonPropertyDescription("Compute resources of the launcher pod (requests, limits).")
  private ResourceRequirements resources;

  /** The CPU topology and model. */
  @JsonPropertyDescription("The CPU topology and model.")
  private Cpu cpu;

  /** The guest memory. */
  @JsonPropertyDescription("The guest memory.")
  private Memory memory;

  /** The emulated machine type. */
  @JsonPropertyDescription("The emulated machine type.")
  private Machine machine;

  /** Firmware: BIOS or EFI, UUID, serial number. */
  @JsonPropertyDescription("Firmware: BIOS or EFI, UUID, serial number.")
  private Firmware firmware;

  /** The guest clock: UTC or timezone, and timers. */
  @JsonPropertyDescription("The guest clock: UTC or timezone, and timers.")
  private Clock clock;

  /** Hypervisor features: ACPI, APIC, SMM, Hyper-V enlightenments, KVM hiding. */
  @JsonPropertyDescription(
      "Hypervisor features: ACPI, APIC, SMM, Hyper-V enlightenments, KVM hiding.")
  private Features features;

  /** Disks, network interfaces, inputs and other devices. */
  @JsonPropertyDescription("Disks, network interfaces, inputs and other devices.")
  @Required
  private Devices devices;

  /** How I/O threads are allocated to disks. */
  @JsonPropertyDescription("How I/O threads are allocated to disks.")
  private IoThreadsPolicy ioThreadsPolicy;

  /** I/O thread settings for the supplementalPool policy (kept as written). */
  @JsonPropertyDescription("I/O thread settings for the supplementalPool policy (kept as written).")
  @PreserveUnknownFields
  private OpenObject ioThreads;

  /** SMBIOS chassis information (kept as written). */
  @JsonPropertyDescription("SMBIOS chassis information (kept as written).")
  @PreserveUnknownFields
  private OpenObject chassis;

  /** Confidential-computing settings such as AMD SEV (kept as written). */
  @JsonPropertyDescription("Confidential-computing settings such as AMD SEV (kept as written).")
  @PreserveUnknownFields
  private OpenObject launchSecurity;

  /** What a guest reboot does (Reboot or Terminate). */
  @JsonPropertyDescription("What a guest reboot does (Reboot or Terminate).")
  private String rebootPolicy;

  public ResourceRequirements getResources() {
    return resources;
  }

  public void setResources(ResourceRequirements resources) {
    this.resources = resources;
  }

  public Cpu getCpu() {
    return cpu;
  }

  public void setCpu(Cpu cpu) {
    this.cpu = cpu;
  }

  public Memory getMemory() {
    return memory;
  }

  public void setMemory(Memory memory) {
    this.memory = memory;
  }

  public Machine getMachine() {
    return machine;
  }

  public void setMachine(Machine machine) {
    this.machine = machine;
  }

  public Firmware getFirmware() {
    return firmware;
  }

  public void setFirmware(Firmware firmware) {
    this.firmware = firmware;
  }

  public Clock getClock() {
    return clock;
  }

  public void setClock(Clock clock) {
    this.clock = clock;
  }

  public Features getFeatures() {
    return features;
  }

  public void setFeatures(Features features) {
    this.features = features;
  }

  public Devices getDevices() {
    return devices;
  }

  public void setDevices(Devices devices) {
    this.devices = devices;
  }

  public IoThreadsPolicy getIoThreadsPolicy() {
    return ioThreadsPolicy;
  }

  public void setIoThreadsPolicy(IoThreadsPolicy ioThreadsPolicy) {
    this.ioThreadsPolicy = ioThreadsPolicy;
  }

  public OpenObject getIoThreads() {
    return ioThreads;
  }

  public void setIoThreads(OpenObject ioThreads) {
    this.ioThreads = ioThreads;
  }

  public OpenObject getChassis() {
    return chassis;
  }

  public void setChassis(OpenObject chassis) {
    this.chassis = chassis;
  }

  public OpenObject getLaunchSecurity() {
    return launchSecurity;
  }

  public void setLaunchSecurity(OpenObject launchSecurity) {
    this.launchSecurity = launchSecurity;
  }

  public String getRebootPolicy() {
    return rebootPolicy;
  }

  public void setRebootPolicy(String rebootPolicy) {
    this.rebootPolicy = rebootPolicy;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    DomainSpec that = (DomainSpec) o;
    return Objects.equals(resources, that.resources)
        && Objects.equals(cpu, that.cpu)
        && Objects.equals(memory, that.memory)
        && Objects.equals(machine, that.machine)
        && Objects.equals(firmware, that.firmware)
        && Objects.equals(clock, that.clock)
        && Objects.equals(features, that.features)
        && Objects.equals(devices, that.devices)
        && Objects.equals(ioThreadsPolicy, that.ioThreadsPolicy)
        && Objects.equals(ioThreads, that.ioThreads)
        && Objects.equals(chassis, that.chassis)
        && Objects.equals(launchSecurity, that.launchSecurity)
        && Objects.equals(rebootPolicy, that.rebootPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        resources,
        cpu,
        memory,
        machine,
        firmware,
        clock,
        features,
        devices,
        ioThreadsPolicy,
        ioThreads,
        chassis,
        launchSecurity,
        rebootPolicy);
  }
}
