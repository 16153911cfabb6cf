package dev.coexist.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorConfigTest {

  @Test
  void defaults() {
    OperatorConfig c =
        OperatorConfig.fromEnv("1.0", Map.of("POD_NAMESPACE", "kv", "POD_NAME", "op-1"));
    assertThat(c.launcherPod().memoryOverhead()).isEqualTo(new Quantity("160Mi"));
    assertThat(c.launcherPod().imagePullPolicy()).isEqualTo("IfNotPresent");
    assertThat(c.launcherPod().useKvm()).isFalse();
    assertThat(c.startBackoff().delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.httpPort()).isEqualTo(8080);
    assertThat(c.watchNamespaces()).isEmpty();
    assertThat(c.leaderElection())
        .contains(new OperatorConfig.LeaderElection("coexist-operator", "kv", "op-1"));
  }

  @Test
  void leaderElectionCanBeOffAndNeedsThePodIdentityOtherwise() {
    assertThat(
            OperatorConfig.fromEnv("1", Map.of("COEXIST_LEADER_ELECTION", "false"))
                .leaderElection())
        .isEmpty();
    assertThatThrownBy(() -> OperatorConfig.fromEnv("1", Map.of()))
        .hasMessageStartingWith("POD_NAMESPACE");
  }

  @Test
  void badValuesNameTheVariable() {
    Map<String, String> base = Map.of("COEXIST_LEADER_ELECTION", "false");
    assertThatThrownBy(() -> OperatorConfig.fromEnv("1", with(base, "COEXIST_HTTP_PORT", "x")))
        .hasMessageStartingWith("COEXIST_HTTP_PORT");
    assertThatThrownBy(
            () -> OperatorConfig.fromEnv("1", with(base, "COEXIST_LAUNCHER_PULL_POLICY", "Always")))
        .hasMessageStartingWith("COEXIST_LAUNCHER_PULL_POLICY");
    assertThatThrownBy(
            () ->
                OperatorConfig.fromEnv("1", with(base, "COEXIST_LAUNCHER_MEMORY_OVERHEAD", "lots")))
        .hasMessageStartingWith("COEXIST_LAUNCHER_MEMORY_OVERHEAD");
    assertThatThrownBy(
            () -> OperatorConfig.fromEnv("1", with(base, "COEXIST_LAUNCHER_USE_KVM", "yes")))
        .hasMessageStartingWith("COEXIST_LAUNCHER_USE_KVM");
  }

  private static Map<String, String> with(Map<String, String> m, String k, String v) {
    HashMap<String, String> out = new HashMap<>(m);
    out.put(k, v);
    return out;
  }
}
