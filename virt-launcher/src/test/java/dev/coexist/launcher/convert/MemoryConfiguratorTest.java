package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withDomain;
import static dev.coexist.launcher.convert.TestVmis.withMemory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.Hugepages;
import dev.coexist.crds.kubevirt.v1.ResourceRequirements;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MemoryConfiguratorTest {

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of("Mi", vmi(withMemory("256Mi")), 262144L),
        Arguments.of("Gi", vmi(withMemory("2Gi")), 2097152L),
        Arguments.of("decimal M rounds up to KiB", vmi(withMemory("100M")), 97657L),
        Arguments.of("G", vmi(withMemory("1G")), 976563L),
        Arguments.of("plain bytes", vmi(withMemory("1048576")), 1024L),
        Arguments.of(
            "no guest: the request",
            vmi(withMemory(null), withDomain(d -> d.setResources(memory("requests", "512Mi")))),
            524288L),
        Arguments.of(
            "no guest, no request: the limit",
            vmi(withMemory(null), withDomain(d -> d.setResources(memory("limits", "64Mi")))),
            65536L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void converts(String name, VirtualMachineInstance vmi, long kib) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new MemoryConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(
            Harness.fragment("memory", out.domain().memory())
                + Harness.fragment("currentMemory", out.domain().currentMemory()))
        .isEqualTo(
            Harness.compact(
                "<memory unit='KiB'>"
                    + kib
                    + "</memory><currentMemory unit='KiB'>"
                    + kib
                    + "</currentMemory>"));
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of(
            "negative",
            vmi(withMemory("-1Gi")),
            List.of("spec.domain.memory.guest: must be positive, got -1Gi")),
        Arguments.of(
            "zero",
            vmi(withMemory("0")),
            List.of("spec.domain.memory.guest: must be positive, got 0")),
        Arguments.of(
            "missing",
            vmi(withMemory(null)),
            List.of(
                "spec.domain.memory.guest: required (or spec.domain.resources.requests.memory)")),
        Arguments.of(
            "negative request",
            vmi(withMemory(null), withDomain(d -> d.setResources(memory("requests", "-5Mi")))),
            List.of("spec.domain.resources.requests.memory: must be positive, got -5Mi")),
        Arguments.of(
            "hotplug and hugepages",
            vmi(
                withDomain(
                    d -> {
                      d.getMemory().setMaxGuest(new Quantity("1Gi"));
                      d.getMemory().setHugepages(new Hugepages());
                    })),
            List.of(
                "spec.domain.memory.hugepages: not supported by coexist",
                "spec.domain.memory.maxGuest: not supported by coexist")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void reportsProblems(String name, VirtualMachineInstance vmi, List<String> expected) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new MemoryConfigurator());

    assertThat(out.problems()).containsExactlyElementsOf(expected);
  }

  static ResourceRequirements memory(String kind, String amount) {
    ResourceRequirements resources = new ResourceRequirements();
    if (kind.equals("limits")) {
      resources.setLimits(Map.of("memory", new Quantity(amount)));
    } else {
      resources.setRequests(Map.of("memory", new Quantity(amount)));
    }
    return resources;
  }
}
