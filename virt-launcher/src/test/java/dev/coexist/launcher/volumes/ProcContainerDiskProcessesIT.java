package dev.coexist.launcher.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.launcher.ContainerDiskContainers;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * The contract against the real /proc scan: the "containerDisk container" is a real child process
 * ({@code sleep}) with the marker in its environment; it shares this JVM's root, so the test's
 * directory is at its own path inside {@code /proc/<pid>/root}.
 */
class ProcContainerDiskProcessesIT extends AbstractContainerDiskProcessesContractTest {
  private final ProcContainerDiskProcesses real = new ProcContainerDiskProcesses(Path.of("/proc"));
  private final Map<String, Process> running = new ConcurrentHashMap<>();

  @AfterEach
  void stopAll() throws Exception {
    for (String v : running.keySet()) {
      stop(v);
    }
  }

  @Override
  protected ContainerDiskProcesses processes() {
    return real;
  }

  @Override
  protected String start(String volume, Path dir) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("sleep", "600");
    pb.environment().put(ContainerDiskContainers.MARKER_ENV, volume);
    running.put(volume, pb.start());
    return dir.toAbsolutePath().toString();
  }

  @Override
  protected void stop(String volume) throws Exception {
    Process p = running.remove(volume);
    if (p != null) {
      p.destroy();
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("sleep ends on SIGTERM").isTrue();
    }
  }
}
