package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withBios;
import static dev.coexist.launcher.convert.TestVmis.withEfi;
import static dev.coexist.launcher.convert.TestVmis.withFeatures;
import static dev.coexist.launcher.convert.TestVmis.withFirmware;
import static dev.coexist.launcher.convert.TestVmis.withMachine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.FeatureState;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.model.OpenObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Machine type and firmware together: both shape {@code <os>}. */
class FirmwareConfiguratorTest {

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of(
            "default: q35, SeaBIOS",
            vmi(),
            "<os><type arch='x86_64' machine='q35'>hvm</type></os>",
            ""),
        Arguments.of(
            "pc machine, BIOS with serial output",
            vmi(withMachine("pc"), withBios(true)),
            "<os><type arch='x86_64' machine='pc'>hvm</type><bios useserial='yes'/></os>",
            ""),
        Arguments.of(
            "RHEL machine name becomes the upstream alias",
            vmi(withMachine("pc-q35-rhel9.2.0")),
            "<os><type arch='x86_64' machine='q35'>hvm</type></os>",
            ""),
        Arguments.of(
            "versioned upstream machine is kept",
            vmi(withMachine("pc-q35-7.2")),
            "<os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>",
            ""),
        Arguments.of(
            "EFI without secure boot",
            vmi(withEfi(false)),
            "<os><type arch='x86_64' machine='q35'>hvm</type>"
                + "<loader readonly='yes' secure='no' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>"
                + "<nvram template='/usr/share/OVMF/OVMF_VARS_4M.fd'>/var/lib/kubevirt/testvmi/efi-vars.fd</nvram>"
                + "</os>",
            ""),
        Arguments.of(
            "EFI defaults to secure boot, which turns SMM on",
            vmi(withEfi(null)),
            "<os><type arch='x86_64' machine='q35'>hvm</type>"
                + "<loader readonly='yes' secure='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.secboot.fd</loader>"
                + "<nvram template='/usr/share/OVMF/OVMF_VARS_4M.ms.fd'>/var/lib/kubevirt/testvmi/efi-vars.fd</nvram>"
                + "</os>",
            "<features><smm state='on'/></features>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void converts(String name, VirtualMachineInstance vmi, String os, String features) {
    Harness.Outcome out =
        Harness.run(
            vmi, TestContexts.ctxFor(vmi), new MachineConfigurator(), new FirmwareConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(Harness.fragment("os", out.domain().os())).isEqualTo(Harness.compact(os));
    assertThat(Harness.fragment("features", out.domain().features()))
        .isEqualTo(Harness.compact(features));
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of(
            "unknown machine",
            vmi(withMachine("virt")),
            List.of(
                "spec.domain.machine.type: unsupported value \"virt\""
                    + " (supported: q35, pc, pc-q35-<version>, pc-i440fx-<version>)")),
        Arguments.of(
            "secure boot on i440fx",
            vmi(withMachine("pc"), withEfi(true)),
            List.of(
                "spec.domain.firmware.bootloader.efi.secureBoot: secure boot needs the q35 machine type")),
        Arguments.of(
            "secure boot with SMM off",
            vmi(withEfi(true), withFeatures(f -> f.setSmm(disabled()))),
            List.of("spec.domain.features.smm: secure boot needs SMM enabled")),
        Arguments.of(
            "both bootloaders, kernel boot and persistent EFI",
            vmi(
                withBios(false),
                withFirmware(
                    f -> {
                      f.getBootloader().setEfi(new dev.coexist.crds.kubevirt.v1.Efi());
                      f.getBootloader().getEfi().setSecureBoot(false);
                      f.getBootloader().getEfi().setPersistent(true);
                      f.setKernelBoot(new OpenObject());
                    })),
            List.of(
                "spec.domain.firmware.kernelBoot: not supported by coexist",
                "spec.domain.firmware.bootloader: set either bios or efi, not both",
                "spec.domain.firmware.bootloader.efi.persistent: not supported by coexist")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void reportsProblems(String name, VirtualMachineInstance vmi, List<String> expected) {
    Harness.Outcome out =
        Harness.run(
            vmi, TestContexts.ctxFor(vmi), new MachineConfigurator(), new FirmwareConfigurator());

    assertThat(out.problems()).containsExactlyElementsOf(expected);
  }

  @Test
  void defaultFirmwareImagesExistOnThisHost() {
    ConverterContext.FirmwarePaths paths = ConverterContext.FirmwarePaths.DEBIAN_OVMF;
    for (String image :
        List.of(paths.code(), paths.vars(), paths.secureCode(), paths.secureVars())) {
      assertThat(Path.of(image))
          .as("%s is missing: run hack/install-deps.sh (Debian package ovmf)", image)
          .satisfies(p -> assertThat(Files.isRegularFile(p)).isTrue());
    }
  }

  static FeatureState disabled() {
    FeatureState state = new FeatureState();
    state.setEnabled(false);
    return state;
  }
}
