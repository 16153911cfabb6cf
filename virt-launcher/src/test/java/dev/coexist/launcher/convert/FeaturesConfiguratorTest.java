package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.FirmwareConfiguratorTest.disabled;
import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withFeatures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.FeatureApic;
import dev.coexist.crds.kubevirt.v1.FeatureKvm;
import dev.coexist.crds.kubevirt.v1.FeatureState;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.model.OpenObject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FeaturesConfiguratorTest {

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of("default: ACPI on", vmi(), "<features><acpi/></features>"),
        Arguments.of("ACPI off", vmi(withFeatures(f -> f.setAcpi(disabled()))), ""),
        Arguments.of(
            "APIC, SMM, pvspinlock off, KVM hidden",
            vmi(
                withFeatures(
                    f -> {
                      f.setApic(new FeatureApic());
                      f.setSmm(new FeatureState());
                      f.setPvspinlock(disabled());
                      FeatureKvm kvm = new FeatureKvm();
                      kvm.setHidden(true);
                      f.setKvm(kvm);
                    })),
            "<features><acpi/><apic/><kvm><hidden state='on'/></kvm>"
                + "<pvspinlock state='off'/><smm state='on'/></features>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void converts(String name, VirtualMachineInstance vmi, String expected) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new FeaturesConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(Harness.fragment("features", out.domain().features()))
        .isEqualTo(Harness.compact(expected));
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of(
            "Hyper-V enlightenments",
            vmi(withFeatures(f -> f.setHyperv(new OpenObject()))),
            List.of("spec.domain.features.hyperv: not supported by coexist")),
        Arguments.of(
            "APIC EOI and an unknown feature",
            vmi(
                withFeatures(
                    f -> {
                      FeatureApic apic = new FeatureApic();
                      apic.setEndOfInterrupt(true);
                      f.setApic(apic);
                      f.setAdditionalProperty("vmport", new OpenObject());
                    })),
            List.of(
                "spec.domain.features.vmport: not supported by coexist",
                "spec.domain.features.apic.endOfInterrupt: not supported by coexist")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void reportsProblems(String name, VirtualMachineInstance vmi, List<String> expected) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new FeaturesConfigurator());

    assertThat(out.problems()).containsExactlyElementsOf(expected);
  }
}
