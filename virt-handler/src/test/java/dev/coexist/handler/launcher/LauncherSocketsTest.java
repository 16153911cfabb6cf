package dev.coexist.handler.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.coexist.crds.launcher.LauncherProtocol;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LauncherSocketsTest {
  private static final String UID = "0f3c2a8e-6a53-4c4e-9d1e-8b9a7f6e5d4c";

  static Stream<Arguments> paths() {
    String dir = "/volumes/kubernetes.io~empty-dir/sockets/";
    return Stream.of(
        arguments("/pods", "/pods/" + UID + dir),
        arguments("/p", "/p/" + UID + dir),
        arguments("/var/lib/k/pods", "/var/lib/k/pods/" + UID + dir));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void paths(String podsDir, String socketDir) {
    LauncherSockets s = LauncherSockets.of(Path.of(podsDir), UID);
    assertThat(s.command()).hasToString(socketDir + LauncherProtocol.COMMAND_SOCKET);
    assertThat(s.serial()).hasToString(socketDir + LauncherProtocol.SERIAL_SOCKET);
    assertThat(s.vnc()).hasToString(socketDir + LauncherProtocol.VNC_SOCKET);
    assertThat(s.dir()).isEqualTo(s.command().getParent());
  }

  @Test
  void theKubeletDefaultDirIsTooLongForTheSerialSocket() {
    assertThatThrownBy(() -> LauncherSockets.of(Path.of("/var/lib/kubelet/pods"), UID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(LauncherProtocol.SERIAL_SOCKET);
  }

  @Test
  void aPathOverTheSunPathLimitFailsNamingTheFix() {
    Path deep = Path.of("/var/lib/some/very/long/kubelet/root/dir/pods");
    assertThatThrownBy(() -> LauncherSockets.of(deep, UID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("107-byte")
        .hasMessageContaining("COEXIST_PODS_DIR");
  }

  @Test
  void aUidThatIsNotOneIsRejected() {
    assertThatThrownBy(() -> LauncherSockets.of(Path.of("/pods"), "../../etc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("metadata.uid");
  }
}
