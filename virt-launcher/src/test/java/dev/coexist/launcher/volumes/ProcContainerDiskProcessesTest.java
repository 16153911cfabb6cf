package dev.coexist.launcher.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /proc scan's parsing, on byte arrays and on a made-up proc directory. */
class ProcContainerDiskProcessesTest {

  @Test
  void environEntriesAreMatchedWhole() {
    byte[] env = bytes("A=1\0COEXIST_CONTAINER_DISK=root\0B=2\0");
    assertThat(ProcContainerDiskProcesses.hasEntry(env, bytes("COEXIST_CONTAINER_DISK=root")))
        .isTrue();
    assertThat(ProcContainerDiskProcesses.hasEntry(env, bytes("COEXIST_CONTAINER_DISK=roo")))
        .isFalse();
    assertThat(ProcContainerDiskProcesses.hasEntry(env, bytes("B=2"))).isTrue();
    assertThat(ProcContainerDiskProcesses.hasEntry(bytes("B=2"), bytes("B=2"))).isTrue();
    assertThat(ProcContainerDiskProcesses.hasEntry(new byte[0], bytes("B=2"))).isFalse();
  }

  @Test
  void onlyPidDirectoriesWithTheMarkerCount(@TempDir Path proc) throws Exception {
    Files.createDirectories(proc.resolve("self"));
    Files.write(proc.resolve("self/environ"), bytes("COEXIST_CONTAINER_DISK=root\0"));
    Files.createDirectories(proc.resolve("12"));
    Files.write(proc.resolve("12/environ"), bytes("PATH=/bin\0"));
    Files.createDirectories(proc.resolve("34"));
    Files.write(proc.resolve("34/environ"), bytes("PATH=/bin\0COEXIST_CONTAINER_DISK=root\0"));
    Files.createDirectories(proc.resolve("56"));

    ProcContainerDiskProcesses scan = new ProcContainerDiskProcesses(proc);

    assertThat(scan.root("root")).contains(proc.resolve("34/root"));
    assertThat(scan.root("data")).isEmpty();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
