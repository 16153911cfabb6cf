package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * {@code <features>}: hypervisor features. Absent (null) members are not written.
 *
 * @param acpi ACPI tables
 * @param apic the APIC
 * @param kvm KVM-specific options
 * @param pvspinlock paravirtual spinlocks
 * @param smm System Management Mode (needed by secure-boot UEFI)
 * @param tcg TCG (emulation) options
 */
@JsonPropertyOrder({"acpi", "apic", "kvm", "pvspinlock", "smm", "tcg"})
public record Features(Flag acpi, Flag apic, Kvm kvm, State pvspinlock, State smm, Tcg tcg) {

  /** {@code <kvm><hidden state='on'/></kvm>}. */
  public record Kvm(State hidden) {}

  /** {@code <tcg><tb-cache unit='MiB'>N</tb-cache></tcg>}: the TCG translation-cache size. */
  public record Tcg(@JacksonXmlProperty(localName = "tb-cache") ScaledInteger tbCache) {}
}
