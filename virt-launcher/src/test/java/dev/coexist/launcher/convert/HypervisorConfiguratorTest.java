package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.vmi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HypervisorConfiguratorTest {

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of(
            "emulation with a translation cache",
            true,
            96,
            "qemu",
            "<features><tcg><tb-cache unit='MiB'>96</tb-cache></tcg></features>"),
        Arguments.of("emulation, QEMU's cache size", true, null, "qemu", ""),
        Arguments.of("KVM has no TCG cache", false, 96, "kvm", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void converts(String name, boolean emulation, Integer tbCache, String type, String features) {
    VirtualMachineInstance vmi = vmi();
    ConverterContext ctx =
        TestContexts.builderFor(vmi, Set.of()).emulation(emulation).tcgTbCacheMiB(tbCache).build();

    Harness.Outcome out = Harness.run(vmi, ctx, new HypervisorConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(out.domain().type()).isEqualTo(type);
    assertThat(out.domain().devices().emulator()).isEqualTo("/usr/bin/qemu-system-x86_64");
    assertThat(Harness.fragment("features", out.domain().features()))
        .isEqualTo(Harness.compact(features));
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of("amd64 is fine", "amd64", List.of()),
        Arguments.of(
            "arm64 is not emulated",
            "arm64",
            List.of("spec.architecture: unsupported value \"arm64\" (supported: amd64)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void checksArchitecture(String name, String arch, List<String> expected) {
    VirtualMachineInstance vmi = vmi(v -> v.getSpec().setArchitecture(arch));

    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new HypervisorConfigurator());

    assertThat(out.problems()).containsExactlyElementsOf(expected);
  }
}
