package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withCpu;
import static dev.coexist.launcher.convert.TestVmis.withCpuModel;
import static dev.coexist.launcher.convert.TestVmis.withDomain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.CpuFeature;
import dev.coexist.crds.kubevirt.v1.ResourceRequirements;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.model.OpenObject;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CpuConfiguratorTest {

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of(
            "no cpu: one vCPU, emulator default model",
            vmi(),
            true,
            "<vcpu placement='static'>1</vcpu><cpu><topology sockets='1' cores='1' threads='1'/></cpu>"),
        Arguments.of(
            "cores only",
            vmi(withCpu(2)),
            true,
            "<vcpu placement='static'>2</vcpu><cpu><topology sockets='1' cores='2' threads='1'/></cpu>"),
        Arguments.of(
            "full topology",
            vmi(withCpu(2, 2, 2)),
            true,
            "<vcpu placement='static'>8</vcpu><cpu><topology sockets='2' cores='2' threads='2'/></cpu>"),
        Arguments.of(
            "no topology: sockets from the CPU limit, rounded up",
            vmi(withDomain(d -> d.setResources(resources("limits", "1500m")))),
            true,
            "<vcpu placement='static'>2</vcpu><cpu><topology sockets='2' cores='1' threads='1'/></cpu>"),
        Arguments.of(
            "no topology: sockets from the CPU request",
            vmi(withDomain(d -> d.setResources(resources("requests", "3")))),
            true,
            "<vcpu placement='static'>3</vcpu><cpu><topology sockets='3' cores='1' threads='1'/></cpu>"),
        Arguments.of(
            "host-model under emulation is the emulator's maximum",
            vmi(withCpuModel("host-model")),
            true,
            "<vcpu placement='static'>1</vcpu><cpu mode='maximum'><topology sockets='1' cores='1' threads='1'/></cpu>"),
        Arguments.of(
            "host-passthrough with KVM",
            vmi(withCpuModel("host-passthrough")),
            false,
            "<vcpu placement='static'>1</vcpu><cpu mode='host-passthrough'><topology sockets='1' cores='1' threads='1'/></cpu>"),
        Arguments.of(
            "no model with KVM is host-model",
            vmi(),
            false,
            "<vcpu placement='static'>1</vcpu><cpu mode='host-model'><topology sockets='1' cores='1' threads='1'/></cpu>"),
        Arguments.of(
            "named model with features",
            vmi(
                withCpuModel("EPYC"),
                withDomain(
                    d ->
                        d.getCpu()
                            .setFeatures(
                                List.of(feature("x2apic", null), feature("svm", "disable"))))),
            true,
            "<vcpu placement='static'>1</vcpu><cpu mode='custom' match='exact'>"
                + "<model fallback='forbid'>EPYC</model>"
                + "<topology sockets='1' cores='1' threads='1'/>"
                + "<feature policy='require' name='x2apic'/><feature policy='disable' name='svm'/>"
                + "</cpu>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void converts(String name, VirtualMachineInstance vmi, boolean emulation, String expected) {
    ConverterContext ctx = TestContexts.builderFor(vmi, Set.of()).emulation(emulation).build();

    Harness.Outcome out = Harness.run(vmi, ctx, new CpuConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(
            Harness.fragment("vcpu", out.domain().vcpu())
                + Harness.fragment("cpu", out.domain().cpu()))
        .isEqualTo(Harness.compact(expected));
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of(
            "zero cores",
            vmi(withCpu(0)),
            List.of("spec.domain.cpu.cores: must be at least 1, got 0")),
        Arguments.of(
            "dedicated CPUs, NUMA and an unknown field, all at once",
            vmi(
                withCpu(1),
                withDomain(
                    d -> {
                      d.getCpu().setDedicatedCpuPlacement(true);
                      d.getCpu().setNuma(new OpenObject());
                      d.getCpu().setAdditionalProperty("futureKnob", Map.of());
                    })),
            List.of(
                "spec.domain.cpu.futureKnob: not supported by coexist",
                "spec.domain.cpu.dedicatedCpuPlacement: not supported by coexist",
                "spec.domain.cpu.numa: not supported by coexist")),
        Arguments.of(
            "bad feature policy",
            vmi(
                withDomain(
                    d -> {
                      d.setCpu(new dev.coexist.crds.kubevirt.v1.Cpu());
                      d.getCpu().setFeatures(List.of(feature("pcid", "sometimes")));
                    })),
            List.of(
                "spec.domain.cpu.features[0].policy: unsupported value \"sometimes\""
                    + " (supported: force, require, optional, disable, forbid)")),
        Arguments.of(
            "bad CPU limit",
            vmi(withDomain(d -> d.setResources(resources("limits", "-2")))),
            List.of("spec.domain.resources.limits.cpu: not a positive CPU quantity: \"-2\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void reportsProblems(String name, VirtualMachineInstance vmi, List<String> expected) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new CpuConfigurator());

    assertThat(out.problems()).containsExactlyElementsOf(expected);
  }

  static CpuFeature feature(String name, String policy) {
    CpuFeature feature = new CpuFeature();
    feature.setName(name);
    feature.setPolicy(policy);
    return feature;
  }

  static ResourceRequirements resources(String kind, String cpu) {
    ResourceRequirements resources = new ResourceRequirements();
    if (kind.equals("limits")) {
      resources.setLimits(Map.of("cpu", new Quantity(cpu)));
    } else {
      resources.setRequests(Map.of("cpu", new Quantity(cpu)));
    }
    return resources;
  }
}
