package dev.coexist.launcher.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link ContainerDiskProcesses} does: the root of the process marked for a volume shows
 * that process's files; another volume, a volume whose name only starts the same, or a process that
 * ended give nothing.
 */
abstract class AbstractContainerDiskProcessesContractTest {

  @TempDir Path tmp;

  /** The implementation under test. */
  protected abstract ContainerDiskProcesses processes();

  /**
   * Starts a process marked for {@code volume} that sees the directory {@code dir} (which the test
   * fills) at the returned absolute path inside its root.
   */
  protected abstract String start(String volume, Path dir) throws Exception;

  /** Ends the process of {@code volume}; returns once it is gone. */
  protected abstract void stop(String volume) throws Exception;

  private static String volume() {
    return "cd-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theRootOfTheMarkedProcessShowsItsFiles() throws Exception {
    String v = volume();
    Path dir = Files.createDirectories(tmp.resolve("image"));
    Files.writeString(dir.resolve("disk.qcow2"), "the disk");
    String inside = start(v, dir);
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> processes().root(v).isPresent());
      Path root = processes().root(v).orElseThrow();
      assertThat(root.resolve(inside.substring(1)).resolve("disk.qcow2"))
          .hasContent("the disk")
          .usingCharset(StandardCharsets.UTF_8);
    } finally {
      stop(v);
    }
  }

  @Test
  void otherVolumesAndPrefixesAreNotFound() throws Exception {
    String v = volume();
    start(v, Files.createDirectories(tmp.resolve("image")));
    try {
      assertThat(processes().root(volume())).isEmpty();
      assertThat(processes().root(v.substring(0, v.length() - 1))).isEmpty();
      assertThat(processes().root(v + "x")).isEmpty();
    } finally {
      stop(v);
    }
  }

  @Test
  void aProcessThatEndedIsNotFound() throws Exception {
    String v = volume();
    start(v, Files.createDirectories(tmp.resolve("image")));
    await().atMost(Duration.ofSeconds(10)).until(() -> processes().root(v).isPresent());
    stop(v);
    assertThat(processes().root(v)).isEmpty();
  }
}
