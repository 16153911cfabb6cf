package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withFirmware;
import static dev.coexist.launcher.convert.TestVmis.withName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentityConfiguratorTest {
  private static final String UID = "0b6cbe3e-5b6c-4b4c-9f5e-2f1e0c8a1d22";
  private static final String FW_UUID = "5d307ca9-b3ef-428c-8861-06e72d69f223";

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of(
            "no cluster identity: name-based UUID, stable",
            vmi(withName("ns1", "vm1")),
            "ns1_vm1",
            "f681618f-337e-3b36-9525-cb0a62107954",
            ""),
        Arguments.of(
            "metadata.uid", vmi(v -> v.getMetadata().setUid(UID)), "default_testvmi", UID, ""),
        Arguments.of(
            "firmware uuid wins, serial in SMBIOS",
            vmi(
                v -> v.getMetadata().setUid(UID),
                withFirmware(
                    f -> {
                      f.setUuid(FW_UUID.toUpperCase(Locale.ROOT));
                      f.setSerial("SN-42");
                    })),
            "default_testvmi",
            FW_UUID,
            "<entry name='serial'>SN-42</entry>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void converts(
      String name, VirtualMachineInstance vmi, String domainName, String uuid, String serial) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new IdentityConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(out.domain().name()).isEqualTo(domainName);
    assertThat(out.domain().uuid()).isEqualTo(uuid);
    assertThat(Harness.fragment("sysinfo", out.domain().sysinfo()))
        .isEqualTo(
            Harness.compact(
                "<sysinfo type='smbios'><system>"
                    + "<entry name='manufacturer'>KubeVirt</entry>"
                    + "<entry name='product'>None</entry>"
                    + "<entry name='uuid'>"
                    + out.domain().uuid()
                    + "</entry>"
                    + serial
                    + "<entry name='family'>KubeVirt</entry>"
                    + "</system></sysinfo>"));
    assertThat(Harness.fragment("os", out.domain().os()))
        .isEqualTo(Harness.compact("<os><smbios mode='sysinfo'/></os>"));
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of("no name", vmi(withName("default", null)), List.of("metadata.name: required")),
        Arguments.of(
            "bad firmware uuid",
            vmi(withFirmware(f -> f.setUuid("not-a-uuid"))),
            List.of("spec.domain.firmware.uuid: not a UUID: \"not-a-uuid\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void reportsProblems(String name, VirtualMachineInstance vmi, List<String> expected) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new IdentityConfigurator());

    assertThat(out.problems()).containsExactlyElementsOf(expected);
  }
}
