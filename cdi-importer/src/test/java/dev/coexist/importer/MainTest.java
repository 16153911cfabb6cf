package dev.coexist.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void versionComesFromTheBuild() {
    assertThat(Main.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
