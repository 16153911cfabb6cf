package dev.coexist.importer.source;

import dev.coexist.crds.importer.ImportReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/** A file as a source: the disk.img of a cloned PVC (host-assisted clone). */
public final class FileImageSource implements ImageSource {
  private final Path file;

  public FileImageSource(Path file) {
    this.file = file;
  }

  @Override
  public Opened open(long offset) throws IOException {
    FileChannel ch;
    try {
      ch = FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new SourceException(
          ImportReason.NotFound, false, "clone source " + file + " does not exist", e);
    }
    long size = ch.size();
    ch.position(Math.min(offset, size));
    InputStream in = Channels.newInputStream(ch);
    return new Opened(in, OptionalLong.of(size), true, Math.min(offset, size));
  }

  @Override
  public String describe() {
    return file.toString();
  }

  /** True when the file exists (used by config validation). */
  public boolean exists() {
    return Files.isRegularFile(file);
  }
}
