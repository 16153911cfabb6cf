package dev.coexist.handler.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleConfigTest {
  @Test
  void defaultsAreKubevirtsPortAndTheMountedSecret() {
    assertThat(ConsoleConfig.fromEnv(Map.of()))
        .isEqualTo(
            new ConsoleConfig(
                true,
                8186,
                Path.of("/etc/coexist/handler-certs"),
                "coexist-subresources",
                Duration.ofSeconds(10)));
  }

  @Test
  void everyVariableIsRead() {
    ConsoleConfig c =
        ConsoleConfig.fromEnv(
            Map.of(
                "COEXIST_HANDLER_CONSOLE_ENABLED", "false",
                "COEXIST_HANDLER_CONSOLE_PORT", "9186",
                "COEXIST_HANDLER_CERT_DIR", "/certs",
                "COEXIST_HANDLER_CLIENT_CN", "x",
                "COEXIST_HANDLER_CERT_POLL_SECONDS", "2"));
    assertThat(c)
        .isEqualTo(new ConsoleConfig(false, 9186, Path.of("/certs"), "x", Duration.ofSeconds(2)));
  }

  @Test
  void badValuesNameTheVariable() {
    assertThatThrownBy(() -> ConsoleConfig.fromEnv(Map.of("COEXIST_HANDLER_CONSOLE_PORT", "x")))
        .hasMessageStartingWith("COEXIST_HANDLER_CONSOLE_PORT:");
    assertThatThrownBy(() -> ConsoleConfig.fromEnv(Map.of("COEXIST_HANDLER_CONSOLE_PORT", "70000")))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> ConsoleConfig.fromEnv(Map.of("COEXIST_HANDLER_CERT_DIR", "rel")))
        .hasMessageStartingWith("COEXIST_HANDLER_CERT_DIR:");
    assertThatThrownBy(
            () -> ConsoleConfig.fromEnv(Map.of("COEXIST_HANDLER_CONSOLE_ENABLED", "yes")))
        .hasMessageStartingWith("COEXIST_HANDLER_CONSOLE_ENABLED:");
    assertThatThrownBy(() -> ConsoleConfig.fromEnv(Map.of("COEXIST_HANDLER_CLIENT_CN", " ")))
        .hasMessageStartingWith("COEXIST_HANDLER_CLIENT_CN:");
  }
}
