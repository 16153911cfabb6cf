package dev.coexist.launcher.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasstProcessTest {
  private static final Path SOCKET = Path.of("/run/p.sock");

  @Test
  void forwardingEveryPortAsksForAllPortsOfBothProtocols() {
    PasstInterface all =
        new PasstInterface("ua-default", "02:00:00:00:00:01", SOCKET, List.of(), true);
    assertThat(PasstProcess.spec(all, "tcp")).isEqualTo("all");
    assertThat(PasstProcess.spec(all, "udp")).isEqualTo("all");
  }

  @Test
  void declaredPortsOnlyAndNoneForAProtocolWithout() {
    PasstInterface some =
        new PasstInterface(
            "ua-default",
            "02:00:00:00:00:01",
            SOCKET,
            List.of(new PortForward("tcp", null, 80, 80)),
            false);
    assertThat(PasstProcess.spec(some, "udp")).isEqualTo("none");
    assertThat(PasstProcess.spec(some, "tcp"))
        .isEqualTo(new PortForward("tcp", null, 80, 80).passtSpec());
  }

  @Test
  void theRefusalNamesTheInterfaceAndTheFieldToSet() {
    PasstInterface all =
        new PasstInterface("ua-default", "02:00:00:00:00:01", SOCKET, List.of(), true);
    assertThat(PasstProcess.allPortsRefused(all))
        .contains("interface default declares no ports")
        .contains(String.valueOf(PasstProcess.ALL_PORTS_NOFILE))
        .contains("spec.domain.devices.interfaces[name=default].ports");
  }
}
