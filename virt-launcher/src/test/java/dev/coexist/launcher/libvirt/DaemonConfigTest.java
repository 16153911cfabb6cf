package dev.coexist.launcher.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.DomainStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaemonConfigTest {
  @Test
  void qemuConfFitsAContainer() {
    assertThat(DaemonConfig.qemu())
        .contains("namespaces = []\n")
        .contains("cgroup_controllers = []\n")
        .contains("security_driver = \"none\"\n")
        .contains("user = \"root\"\n")
        .contains("stdio_handler = \"file\"\n");
  }

  @Test
  void libvirtdSocketsLiveInThePrivateDir() {
    assertThat(DaemonConfig.libvirtd(Path.of("/p"), Path.of("/p/l.log")))
        .contains("unix_sock_dir = \"/p\"\n")
        .contains("log_outputs = \"3:file:/p/l.log\"\n");
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1, RUNNING, booted",
    "1, 5, RUNNING, unpaused",
    "3, 1, PAUSED, user",
    "5, 1, SHUT_OFF, shutdown",
    "5, 2, SHUT_OFF, destroyed",
    "5, 3, SHUT_OFF, crashed",
    "5, 6, SHUT_OFF, failed",
    "6, 1, CRASHED, panicked",
    "5, 99, SHUT_OFF, unknown"
  })
  void libvirtStatesAndReasons(int state, int reason, DomainState s, String r) {
    assertThat(DomainStates.of("d", state, reason)).isEqualTo(new DomainStatus("d", s, r));
  }
}
