package dev.coexist.importer.process;

import dev.coexist.crds.importer.ImportReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * contentType archive: the (decompressed) tar stream is extracted by GNU tar into a temporary
 * directory inside the target, verified, and only then moved into place entry by entry.
 */
final class ArchiveExtractor {
  private final ImportRun run;
  private final Path staging;

  ArchiveExtractor(ImportRun run) {
    this.run = run;
    this.staging = stagingDir(run.job.target());
  }

  /** The staging directory of an archive import into {@code targetDir}. */
  static Path stagingDir(Path targetDir) {
    return targetDir.resolve(".coexist-archive.importing");
  }

  void extract() throws ImportFailure, InterruptedException {
    Path dir = run.job.target();
    try {
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw run.copyFailure(e, staging);
    }
    Process tar = start();
    AutoCloseable kill = tar::destroyForcibly;
    run.cancellation.register(kill);
    try {
      CompletableFuture<String> err =
          CompletableFuture.supplyAsync(() -> drain(tar.getErrorStream()));
      IOException writeFailure = pump(tar.getOutputStream());
      int exit = tar.waitFor();
      if (exit != 0 || writeFailure != null) {
        throw new ImportFailure(
            ImportReason.NotAnImage,
            run.sourceName + " is not a tar archive tar can extract: " + err.get().strip());
      }
    } catch (ExecutionException e) {
      throw new ImportFailure(ImportReason.WriteFailed, "tar failed: " + e.getCause(), e);
    } finally {
      run.cancellation.unregister(kill);
      tar.destroyForcibly();
    }
    run.verifyChecksum();
    try {
      moveIntoPlace(dir);
    } catch (IOException e) {
      throw run.copyFailure(e, dir);
    }
  }

  private Process start() throws ImportFailure {
    try {
      return new ProcessBuilder(
              List.of("tar", "-x", "--no-same-owner", "-C", staging.toString(), "-f", "-"))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new ImportFailure(ImportReason.WriteFailed, "cannot run tar: " + e.getMessage(), e);
    }
  }

  /** Feeds tar; returns a write failure (tar exited early) instead of throwing it. */
  private IOException pump(OutputStream out) throws ImportFailure {
    byte[] buf = new byte[1 << 20];
    try (out) {
      while (true) {
        int n;
        try {
          n = run.content.read(buf);
        } catch (IOException e) {
          throw run.readFailure(e);
        }
        if (n < 0) {
          return null;
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      return e;
    }
  }

  private void moveIntoPlace(Path dir) throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(staging)) {
      entries = s.sorted().toList();
    }
    for (Path e : entries) {
      Path dest = dir.resolve(e.getFileName().toString());
      TargetFiles.deleteRecursively(dest);
      Files.move(e, dest, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.delete(staging);
    TargetFiles.syncDirectory(dir);
  }

  private static String drain(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(stderr unreadable: " + e.getMessage() + ")";
    }
  }
}
