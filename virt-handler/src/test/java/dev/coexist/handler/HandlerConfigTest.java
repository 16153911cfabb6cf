package dev.coexist.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandlerConfigTest {
  @Test
  void defaults() {
    HandlerConfig c = HandlerConfig.fromEnv(Map.of("NODE_NAME", "n1"));
    assertThat(c.nodeName()).isEqualTo("n1");
    assertThat(c.podsDir()).isEqualTo(Path.of("/pods"));
    assertThat(c.port()).isEqualTo(8185);
    assertThat(c.forcedEmulation()).isEmpty();
    assertThat(c.syncTimeout()).isEqualTo(Duration.ofSeconds(300));
  }

  @Test
  void overrides() {
    HandlerConfig c =
        HandlerConfig.fromEnv(
            Map.of(
                "NODE_NAME", "n1",
                "COEXIST_PODS_DIR", "/var/lib/kubelet/pods",
                "COEXIST_HANDLER_PORT", "0",
                "COEXIST_USE_EMULATION", "true"));
    assertThat(c.podsDir()).isEqualTo(Path.of("/var/lib/kubelet/pods"));
    assertThat(c.port()).isZero();
    assertThat(c.forcedEmulation()).isEqualTo(Optional.of(true));
  }

  @Test
  void badValuesNameTheVariable() {
    assertThatThrownBy(() -> HandlerConfig.fromEnv(Map.of())).hasMessageStartingWith("NODE_NAME:");
    assertThatThrownBy(
            () -> HandlerConfig.fromEnv(Map.of("NODE_NAME", "n", "COEXIST_HANDLER_PORT", "x")))
        .hasMessageStartingWith("COEXIST_HANDLER_PORT:");
    assertThatThrownBy(
            () -> HandlerConfig.fromEnv(Map.of("NODE_NAME", "n", "COEXIST_PODS_DIR", "pods")))
        .hasMessageStartingWith("COEXIST_PODS_DIR:");
    assertThatThrownBy(
            () -> HandlerConfig.fromEnv(Map.of("NODE_NAME", "n", "COEXIST_USE_EMULATION", "yes")))
        .hasMessageStartingWith("COEXIST_USE_EMULATION:");
  }
}
