package dev.coexist.handler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A temp dir with a short path ({@code /tmp/cx<6 hex>}), so launcher socket paths under it stay
 * within the 107-byte {@code sun_path} limit as they do under {@code /pods}. JUnit's {@code
 * TempDir} paths are too long for that.
 */
public final class ShortTempDir implements AutoCloseable {
  private final Path path;

  /** Creates the directory. */
  public ShortTempDir() {
    try {
      path =
          Files.createDirectory(
              Path.of("/tmp", "cx" + UUID.randomUUID().toString().substring(0, 6)));
    } catch (IOException e) {
      throw new UncheckedIOException("creating a short temp dir under /tmp", e);
    }
  }

  /** The directory. */
  public Path path() {
    return path;
  }

  /** Deletes the directory and everything in it. */
  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("deleting " + path, e);
    }
  }
}
