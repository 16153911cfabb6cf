package dev.coexist.importer.process;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/** The never-half-written rule: temporary names next to the target, then fsync + atomic rename. */
final class TargetFiles {
  private TargetFiles() {}

  /** The temporary name of {@code target} while it is written: {@code .disk.img.importing}. */
  static Path temporary(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".importing");
  }

  /** The scratch file for {@code target} in {@code scratchDir}. */
  static Path scratch(Path scratchDir, Path target) {
    return scratchDir.resolve("." + target.getFileName() + ".scratch");
  }

  /** Flushes {@code temp} to disk, renames it over {@code target} atomically, syncs the dir. */
  static void commit(Path temp, Path target) throws IOException {
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncDirectory(target.toAbsolutePath().getParent());
  }

  /** True when files in {@code dir} can be opened with O_DIRECT (not on tmpfs, for one). */
  static boolean supportsDirectIo(Path dir) {
    Path probe = dir.resolve(".coexist-direct-io-probe");
    try {
      try (FileChannel ch =
          FileChannel.open(
              probe,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              ExtendedOpenOption.DIRECT)) {
        return ch.isOpen();
      } finally {
        Files.deleteIfExists(probe);
      }
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** fsyncs a directory so a rename in it is durable. */
  static void syncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  /** Deletes a file or a directory tree if it exists. */
  static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        p,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            if (exc != null) {
              throw exc;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
