package dev.coexist.launcher.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainXml;
import dev.coexist.launcher.domain.VirtXmlValidate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole domains compared with the golden files in {@code src/test/resources/golden/}, each also
 * validated against libvirt's schema with {@code virt-xml-validate}. Regenerate them with {@code
 * mvn -pl virt-launcher -am test -Dtest=GoldenDomainTest -Dgolden.update=true} and review the diff.
 */
class GoldenDomainTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> goldens() {
    return Stream.of(
        Arguments.of("vm-tiny", Path.of("../docs/examples/vm-tiny.yaml"), Set.of(), Map.of()),
        Arguments.of(
            "vm-tiny-libvirt-passt", Path.of("../docs/examples/vm-tiny.yaml"), Set.of(), Map.of()),
        Arguments.of(
            "bios-sata-cdrom-bridge",
            GOLDEN.resolve("bios-sata-cdrom-bridge.yaml"),
            Set.of(),
            Map.of("lan", "k6t-lan")),
        Arguments.of("efi", GOLDEN.resolve("efi.yaml"), Set.of(), Map.of()),
        Arguments.of(
            "scsi-lun-emptydisk-configmap",
            GOLDEN.resolve("scsi-lun-emptydisk-configmap.yaml"),
            Set.of("shared"),
            Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void matchesGoldenAndLibvirtSchema(
      String name, Path manifest, Set<String> blockVolumes, Map<String, String> bridges)
      throws Exception {
    VirtualMachineInstance vmi = TestManifests.load(manifest);
    ConverterContext.PasstMode passt =
        name.endsWith("-libvirt-passt")
            ? ConverterContext.PasstMode.LIBVIRT
            : ConverterContext.PasstMode.LAUNCHER;
    ConverterContext ctx =
        TestContexts.builderFor(vmi, blockVolumes).bridges(bridges).passt(passt).build();

    String xml = new DomainXml().toXml(new DomainConverter().convert(vmi, ctx));

    Path golden = GOLDEN.resolve(name + ".xml");
    if (UPDATE) {
      Files.writeString(golden, xml, StandardCharsets.UTF_8);
    }
    assertThat(golden)
        .as("golden file missing; run with -Dgolden.update=true to create it")
        .exists();
    assertThat(xml)
        .as("domain differs from %s; if intended, run with -Dgolden.update=true", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    VirtXmlValidate.Result validation = VirtXmlValidate.validate(golden);
    assertThat(validation.valid()).as(validation.output()).isTrue();
  }
}
