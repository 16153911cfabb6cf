package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withDomain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleConfiguratorTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("default reboots", null, "destroy restart destroy", List.of()),
        Arguments.of(
            "Terminate stops on reboot", "Terminate", "destroy destroy destroy", List.of()),
        Arguments.of(
            "unknown policy",
            "Sometimes",
            "destroy restart destroy",
            List.of(
                "spec.domain.rebootPolicy: unsupported value \"Sometimes\""
                    + " (supported: Reboot, Terminate)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void converts(String name, String policy, String actions, List<String> problems) {
    VirtualMachineInstance vmi = vmi(withDomain(d -> d.setRebootPolicy(policy)));

    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new LifecycleConfigurator());

    assertThat(out.problems()).containsExactlyElementsOf(problems);
    assertThat(
            String.join(
                " ", out.domain().onPoweroff(), out.domain().onReboot(), out.domain().onCrash()))
        .isEqualTo(actions);
  }
}
