package dev.coexist.launcher.volumes;

import dev.coexist.crds.launcher.ContainerDiskContainers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@link ContainerDiskProcesses}: scans {@code /proc/<pid>/environ} for the marker and
 * answers {@code /proc/<pid>/root}. Reading another container's {@code environ} and {@code root}
 * needs ptrace access to it (the privileged launcher has it).
 */
public final class ProcContainerDiskProcesses implements ContainerDiskProcesses {
  private static final Logger LOG = LoggerFactory.getLogger(ProcContainerDiskProcesses.class);

  private final Path proc;

  /** Scans {@code proc} (normally {@code /proc}). */
  public ProcContainerDiskProcesses(Path proc) {
    this.proc = proc;
  }

  @Override
  public Optional<Path> root(String volume) {
    byte[] marker =
        (ContainerDiskContainers.MARKER_ENV + "=" + volume).getBytes(StandardCharsets.UTF_8);
    try (DirectoryStream<Path> pids =
        Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("[0-9]+"))) {
      for (Path pid : pids) {
        if (hasEntry(environ(pid), marker)) {
          return Optional.of(pid.resolve("root"));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + proc, e);
    }
  }

  /** The process's environment, empty when it is gone or not readable (it may exit meanwhile). */
  private static byte[] environ(Path pid) {
    try {
      return Files.readAllBytes(pid.resolve("environ"));
    } catch (IOException e) {
      LOG.trace("skipping {}: {}", pid, e.toString());
      return new byte[0];
    }
  }

  /** Whether the NUL-separated {@code env} has an entry equal to {@code entry}. */
  static boolean hasEntry(byte[] env, byte[] entry) {
    int start = 0;
    while (start < env.length) {
      int end = start;
      while (end < env.length && env[end] != 0) {
        end++;
      }
      if (Arrays.equals(env, start, end, entry, 0, entry.length)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }
}
