package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withContainerDisk;
import static dev.coexist.launcher.convert.TestVmis.withDevices;
import static dev.coexist.launcher.convert.TestVmis.withDisk;
import static dev.coexist.launcher.convert.TestVmis.withDomain;
import static dev.coexist.launcher.convert.TestVmis.withMemory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.coexist.crds.kubevirt.v1.DiskBus;
import dev.coexist.crds.kubevirt.v1.IoThreadsPolicy;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.model.OpenObject;
import dev.coexist.launcher.domain.Domain;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole converter: the error model and the unsupported-feature table. */
class DomainConverterTest {
  private final DomainConverter converter = new DomainConverter();

  @Test
  void collectsEveryProblemAndBuildsNothing() {
    VirtualMachineInstance vmi =
        vmi(
            withMemory("-256Mi"),
            withDisk("ghost", d -> d.setDisk(TestVmis.bus(DiskBus.VIRTIO))),
            withDevices(d -> d.setTpm(new OpenObject())));

    assertThatThrownBy(() -> converter.convert(vmi, TestContexts.ctxFor(vmi)))
        .asInstanceOf(type(ConversionException.class))
        .satisfies(
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::kind, Problem::field)
                  .containsExactly(
                      tuple(Problem.Kind.INVALID, "spec.domain.memory.guest"),
                      tuple(Problem.Kind.INVALID, "spec.domain.devices.disks[0].name"),
                      tuple(Problem.Kind.UNSUPPORTED, "spec.domain.devices.tpm"));
              assertThat(e.getMessage())
                  .isEqualTo(
                      "spec.domain.memory.guest: must be positive, got -256Mi; "
                          + "spec.domain.devices.disks[0].name: no volume named \"ghost\" in"
                          + " spec.volumes; "
                          + "spec.domain.devices.tpm: not supported by coexist");
            });
  }

  @Test
  void convertsAValidVmi() throws ConversionException {
    VirtualMachineInstance vmi = vmi(withContainerDisk("root"));

    Domain domain = converter.convert(vmi, TestContexts.ctxFor(vmi));

    assertThat(domain.name()).isEqualTo("default_testvmi");
    assertThat(domain.devices().disks()).hasSize(1);
    assertThat(domain.devices().interfaces()).hasSize(1);
  }

  static Stream<Arguments> unsupported() {
    return Stream.of(
        Arguments.of("tpm", withDevices(d -> d.setTpm(new OpenObject()))),
        Arguments.of("sound", withDevices(d -> d.setSound(new OpenObject()))),
        Arguments.of("gpus", withDevices(d -> d.setGpus(List.of(new OpenObject())))),
        Arguments.of("hostDevices", withDevices(d -> d.setHostDevices(List.of(new OpenObject())))),
        Arguments.of("filesystems", withDevices(d -> d.setFilesystems(List.of(new OpenObject())))),
        Arguments.of("autoattachVSOCK", withDevices(d -> d.setAutoattachVSOCK(true))),
        Arguments.of(
            "networkInterfaceMultiqueue", withDevices(d -> d.setNetworkInterfaceMultiqueue(true))),
        Arguments.of(
            "unknown device field",
            withDevices(d -> d.setAdditionalProperty("panicDevices", List.of(Map.of())))),
        Arguments.of(
            "ioThreadsPolicy", withDomain(d -> d.setIoThreadsPolicy(IoThreadsPolicy.SHARED))),
        Arguments.of("launchSecurity", withDomain(d -> d.setLaunchSecurity(new OpenObject()))),
        Arguments.of("chassis", withDomain(d -> d.setChassis(new OpenObject()))),
        Arguments.of(
            "unknown domain field", withDomain(d -> d.setAdditionalProperty("numaPolicy", "x"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupported")
  void rejectsFeaturesThatWouldChangeTheGuest(String field, TestVmis.Option option) {
    VirtualMachineInstance vmi = vmi(option);

    assertThatThrownBy(() -> converter.convert(vmi, TestContexts.ctxFor(vmi)))
        .asInstanceOf(type(ConversionException.class))
        .extracting(ConversionException::problems)
        .asList()
        .singleElement()
        .satisfies(
            p -> {
              Problem problem = (Problem) p;
              assertThat(problem.kind()).isEqualTo(Problem.Kind.UNSUPPORTED);
              assertThat(problem.field()).endsWith("." + unknownName(field));
              assertThat(problem.message()).isEqualTo("not supported by coexist");
            });
  }

  private static String unknownName(String row) {
    return switch (row) {
      case "unknown device field" -> "panicDevices";
      case "unknown domain field" -> "numaPolicy";
      default -> row;
    };
  }
}
