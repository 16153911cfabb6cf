package dev.coexist.importer.process;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The scratch file of a windowed transfer: created on the first spill only, so an image qemu-img
 * reads in order never touches scratch space. Chunks are written at their offset in the download.
 */
final class SpillFile implements AutoCloseable {
  private final Path path;
  private FileChannel channel;
  private long written;

  SpillFile(Path path) {
    this.path = path;
  }

  /** Writes {@code data[0, length)} at {@code offset} (whatever its position and limit). */
  synchronized void write(long offset, ByteBuffer data, int length) throws IOException {
    FileChannel ch = open();
    ByteBuffer b = data.slice(0, length);
    long at = offset;
    while (b.hasRemaining()) {
      at += ch.write(b, at);
    }
    written += length;
  }

  /** Reads {@code dst.remaining()} bytes at {@code offset} (they must have been written). */
  void read(long offset, ByteBuffer dst) throws IOException {
    FileChannel ch;
    synchronized (this) {
      ch = open();
    }
    long at = offset;
    while (dst.hasRemaining()) {
      int n = ch.read(dst, at);
      if (n < 0) {
        throw new EOFException("scratch file " + path + " ends before byte " + at);
      }
      at += n;
    }
  }

  /** The bytes spilled so far. */
  synchronized long written() {
    return written;
  }

  private FileChannel open() throws IOException {
    if (channel == null) {
      Files.createDirectories(path.toAbsolutePath().getParent());
      channel =
          FileChannel.open(
              path,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
    }
    return channel;
  }

  @Override
  public synchronized void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
