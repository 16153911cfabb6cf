package dev.coexist.handler.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KvmDecisionTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        // /dev/kvm, kvm_pvm, vendor modules, override -> emulation, reason
        arguments(false, false, List.of(), Optional.empty(), true, "NoDevKvm"),
        arguments(true, true, List.of(), Optional.empty(), true, "KvmPvm"),
        arguments(true, true, List.of("kvm_intel"), Optional.empty(), true, "KvmPvm"),
        arguments(true, false, List.of("kvm_intel"), Optional.empty(), false, "Kvm"),
        arguments(true, false, List.of("kvm_amd"), Optional.empty(), false, "Kvm"),
        arguments(true, false, List.of(), Optional.empty(), false, "Kvm"),
        arguments(true, false, List.of("kvm_intel"), Optional.of(true), true, "Configured"),
        arguments(false, false, List.of(), Optional.of(false), false, "Configured"));
  }

  @ParameterizedTest(name = "kvm={0} pvm={1} vendors={2} override={3} -> emulation={4} {5}")
  @MethodSource
  void decisions(
      boolean devKvm,
      boolean pvm,
      List<String> vendors,
      Optional<Boolean> override,
      boolean emulation,
      String reason) {
    Virtualization v = KvmDecision.decide(new KvmFacts(devKvm, pvm, vendors, override));
    assertThat(v.emulation()).isEqualTo(emulation);
    assertThat(v.reason()).isEqualTo(reason);
    assertThat(v.message()).isNotBlank();
  }

  @Test
  void theHostProbeReadsDevAndSysModule(@TempDir Path root) throws Exception {
    Path dev = Files.createDirectories(root.resolve("dev"));
    Path sys = Files.createDirectories(root.resolve("sys/module"));
    HostKvmProbe probe = new HostKvmProbe(dev.resolve("kvm"), sys, Optional.empty());
    assertThat(KvmDecision.decide(probe.probe()).reason()).isEqualTo("NoDevKvm");
    Files.createFile(dev.resolve("kvm"));
    Files.createDirectories(sys.resolve("kvm_intel"));
    assertThat(probe.probe().kvmVendorModules()).containsExactly("kvm_intel");
    assertThat(KvmDecision.decide(probe.probe()).emulation()).isFalse();
    Files.createDirectories(sys.resolve("kvm_pvm"));
    assertThat(KvmDecision.decide(probe.probe()).reason()).isEqualTo("KvmPvm");
  }

  @Test
  void labelsSayWhetherTheNodeEmulates() {
    Virtualization v = new Virtualization(true, "KvmPvm", "m");
    assertThat(NodeLabels.labels(v))
        .containsEntry("kubevirt.io/schedulable", "true")
        .containsEntry("coexist.dev/emulation", "true");
    assertThat(NodeLabels.annotations(v)).containsEntry("coexist.dev/virtualization", "KvmPvm: m");
  }
}
