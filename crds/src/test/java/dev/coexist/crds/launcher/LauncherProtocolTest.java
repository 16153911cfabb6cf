package dev.coexist.crds.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LauncherProtocolTest {

  @Test
  void theBuildVersionComesFromTheMavenProperty() {
    // The default build (parent pom coexist.launcher.protocol.version) speaks 2; image B of the
    // upgrade e2e is built with 3 (and no tests). Either way it accepts the oldest version on.
    assertThat(LauncherProtocol.VERSION).isEqualTo(2);
    assertThat(LauncherProtocol.supports(LauncherProtocol.VERSION)).isTrue();
    assertThat(LauncherProtocol.supports(LauncherProtocol.OLDEST_SUPPORTED_VERSION)).isTrue();
    assertThat(LauncherProtocol.supports(LauncherProtocol.VERSION + 1)).isFalse();
    assertThat(LauncherProtocol.supports(LauncherProtocol.OLDEST_SUPPORTED_VERSION - 1)).isFalse();
  }

  @Test
  void badVersionsNameTheProperty() {
    assertThat(LauncherProtocol.parseVersion(" 3\n")).isEqualTo(3);
    for (String bad :
        new String[] {null, "", "x", "0", "-2", "${coexist.launcher.protocol.version}"}) {
      assertThatThrownBy(() -> LauncherProtocol.parseVersion(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("coexist.launcher.protocol.version")
          .hasMessageContaining("'" + bad + "'");
    }
  }
}
