package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.FeatureApic;
import dev.coexist.crds.kubevirt.v1.FeatureKvm;
import dev.coexist.crds.kubevirt.v1.FeatureState;
import dev.coexist.crds.kubevirt.v1.Features;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.Flag;
import dev.coexist.launcher.domain.State;
import java.util.Optional;

/**
 * Hypervisor features: ACPI (on unless disabled, as KubeVirt defaults it), APIC, SMM, paravirtual
 * spinlocks and hiding KVM. Hyper-V enlightenments are not supported.
 */
final class FeaturesConfigurator implements DomainConfigurator {
  private static final String FEATURES = "spec.domain.features";

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    Optional<Features> features = VmiParts.domain(vmi).map(DomainSpec::getFeatures);
    features.ifPresent(f -> checkUnsupported(f, problems));
    boolean acpi = features.map(Features::getAcpi).map(FeaturesConfigurator::enabled).orElse(true);
    if (acpi) {
      domain.acpi(Flag.ON);
    }
    Optional<FeatureApic> apic = features.map(Features::getApic);
    if (apic.map(a -> VmiParts.flag(a.getEnabled(), true)).orElse(false)) {
      domain.apic(Flag.ON);
    }
    apic.ifPresent(a -> problems.rejectUnknownFields(FEATURES + ".apic", a));
    if (apic.map(FeatureApic::getEndOfInterrupt).isPresent()) {
      problems.unsupported(FEATURES + ".apic.endOfInterrupt");
    }
    Optional<FeatureState> smm = features.map(Features::getSmm);
    if (smm.map(FeaturesConfigurator::enabled).orElse(false)) {
      domain.smm(State.ON);
    }
    features.map(Features::getPvspinlock).ifPresent(p -> domain.pvspinlock(State.of(enabled(p))));
    Optional<FeatureKvm> kvm = features.map(Features::getKvm);
    kvm.ifPresent(k -> problems.rejectUnknownFields(FEATURES + ".kvm", k));
    if (kvm.map(k -> VmiParts.flag(k.getHidden(), false)).orElse(false)) {
      domain.kvm(new dev.coexist.launcher.domain.Features.Kvm(State.ON));
    }
  }

  private static boolean enabled(FeatureState state) {
    return VmiParts.flag(state.getEnabled(), true);
  }

  private static void checkUnsupported(Features features, Problems problems) {
    problems.rejectUnknownFields(FEATURES, features);
    rejectUnknown(FEATURES + ".acpi", features.getAcpi(), problems);
    rejectUnknown(FEATURES + ".smm", features.getSmm(), problems);
    rejectUnknown(FEATURES + ".pvspinlock", features.getPvspinlock(), problems);
    rejectUnknown(FEATURES + ".hypervPassthrough", features.getHypervPassthrough(), problems);
    if (features.getHyperv() != null) {
      problems.unsupported(FEATURES + ".hyperv");
    }
    if (features.getHypervPassthrough() != null && enabled(features.getHypervPassthrough())) {
      problems.unsupported(FEATURES + ".hypervPassthrough");
    }
  }

  private static void rejectUnknown(String field, FeatureState state, Problems problems) {
    if (state != null) {
      problems.rejectUnknownFields(field, state);
    }
  }
}
