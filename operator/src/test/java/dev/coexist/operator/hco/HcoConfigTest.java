package dev.coexist.operator.hco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HcoConfigTest {

  @Test
  void defaults() {
    HcoConfig c = HcoConfig.fromEnv("1.0", Map.of());
    assertThat(c).isEqualTo(new HcoConfig("kubevirt-hyperconverged", "1.0", false, "virt-handler"));
  }

  @Test
  void envOverrides() {
    HcoConfig c =
        HcoConfig.fromEnv(
            "1.0",
            Map.of(
                "POD_NAMESPACE",
                "openshift-cnv",
                "KVM_EMULATION",
                "true",
                "COEXIST_HANDLER_DAEMONSET",
                "h"));
    assertThat(c).isEqualTo(new HcoConfig("openshift-cnv", "1.0", true, "h"));
  }

  @Test
  void badEmulationNamesTheVariable() {
    assertThatThrownBy(() -> HcoConfig.fromEnv("1.0", Map.of("KVM_EMULATION", "yes")))
        .hasMessageContaining("KVM_EMULATION");
  }
}
