package dev.coexist.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.launcher.network.PortPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's warm-up conversion runs without a daemon and writes nothing. */
class WarmUpVmiTest {
  @TempDir Path dir;

  @Test
  void theSampleConvertsAndNothingIsWritten() throws Exception {
    Path run = Files.createDirectories(dir.resolve("run"));
    LauncherConfig config = LauncherConfig.standalone(run, dir.resolve("cache"));
    LauncherStack.planner(config, PortPolicy.pod()).warmUp(WarmUpVmi.sample());
    try (Stream<Path> files = Files.list(run)) {
      assertThat(files).isEmpty();
    }
  }
}
