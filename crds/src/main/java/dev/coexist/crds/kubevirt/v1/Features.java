package dev.coexist.crds.kubevirt.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.coexist.crds.model.ExtensibleObject;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import java.util.Objects;

/** Hypervisor features. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PreserveUnknownFields
public class Features extends ExtensibleObject {

  /** ACPI (enabled by default). */
  @JsonPropertyDescription("ACPI (enabled by default).")
  private FeatureState acpi;

  /** The APIC. */
  @JsonPropertyDescription("The APIC.")
  private FeatureApic apic;

  /** System Management Mode (needed by Secure Boot). */
  @JsonPropertyDescription("System Management Mode (needed by Secure Boot).")
  private FeatureState smm;

  /** Paravirtual spinlocks. */
  @JsonPropertyDescription("Paravirtual spinlocks.")
  private FeatureState pvspinlock;

  /** KVM features. */
  @JsonPropertyDescription("KVM features.")
  private FeatureKvm kvm;

  /** Hyper-V enlightenments (kept as written). */
  @JsonPropertyDescription("Hyper-V enlightenments (kept as written).")
  @PreserveUnknownFields
  private OpenObject hyperv;

  /** Pass all Hyper-V enlightenments through. */
  @JsonPropertyDescription("Pass all Hyper-V enlightenments through.")
  private FeatureState hypervPassthrough;

  public FeatureState getAcpi() {
    return acpi;
  }

  public void setAcpi(FeatureState acpi) {
    this.acpi = acpi;
  }

  public FeatureApic getApic() {
    return apic;
  }

  public void setApic(FeatureApic apic) {
    this.apic = apic;
  }

  public FeatureState getSmm() {
    return smm;
  }

  public void setSmm(FeatureState smm) {
    this.smm = smm;
  }

  public FeatureState getPvspinlock() {
    return pvspinlock;
  }

  public void setPvspinlock(FeatureState pvspinlock) {
    this.pvspinlock = pvspinlock;
  }

  public FeatureKvm getKvm() {
    return kvm;
  }

  public void setKvm(FeatureKvm kvm) {
    this.kvm = kvm;
  }

  public OpenObject getHyperv() {
    return hyperv;
  }

  public void setHyperv(OpenObject hyperv) {
    this.hyperv = hyperv;
  }

  public FeatureState getHypervPassthrough() {
    return hypervPassthrough;
  }

  public void setHypervPassthrough(FeatureState hypervPassthrough) {
    this.hypervPassthrough = hypervPassthrough;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    Features that = (Features) o;
    return Objects.equals(acpi, that.acpi)
        && Objects.equals(apic, that.apic)
        && Objects.equals(smm, that.smm)
        && Objects.equals(pvspinlock, that.pvspinlock)
        && Objects.equals(kvm, that.kvm)
        && Objects.equals(hyperv, that.hyperv)
        && Objects.equals(hypervPassthrough, that.hypervPassthrough);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(), acpi, apic, smm, pvspinlock, kvm, hyperv, hypervPassthrough);
  }
}
