package dev.coexist.handler.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LauncherSocketsTest {
  private static final String UID = "0f3c2a8e-6a53-4c4e-9d1e-8b9a7f6e5d4c";

  static Stream<Arguments> paths() {
    return Stream.of(
        arguments(
            "/pods",
            "/pods/" + UID + "/volumes/kubernetes.io~empty-dir/sockets/cmd",
            "/pods/" + UID + "/volumes/kubernetes.io~empty-dir/sockets/serial",
            "/pods/" + UID + "/volumes/kubernetes.io~empty-dir/sockets/vnc"),
        arguments(
            "/var/lib/kubelet/pods",
            "/var/lib/kubelet/pods/" + UID + "/volumes/kubernetes.io~empty-dir/sockets/cmd",
            "/var/lib/kubelet/pods/" + UID + "/volumes/kubernetes.io~empty-dir/sockets/serial",
            "/var/lib/kubelet/pods/" + UID + "/volumes/kubernetes.io~empty-dir/sockets/vnc"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void paths(String podsDir, String cmd, String serial, String vnc) {
    LauncherSockets s = LauncherSockets.of(Path.of(podsDir), UID);
    assertThat(s.command()).hasToString(cmd);
    assertThat(s.serial()).hasToString(serial);
    assertThat(s.vnc()).hasToString(vnc);
    assertThat(s.dir()).isEqualTo(s.command().getParent());
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
