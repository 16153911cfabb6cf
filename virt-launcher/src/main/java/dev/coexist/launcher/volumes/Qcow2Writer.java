package dev.coexist.launcher.volumes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Writes the empty qcow2 images of {@link Qcow2Layout} with NIO — what {@code qemu-img create -f
 * qcow2 [-F fmt -b backing]} did in a process of its own at every VM start — and reads the virtual
 * size of a backing file the way qemu-img does when no size is given.
 */
final class Qcow2Writer {
  private static final int SECTOR = 512;

  private Qcow2Writer() {}

  /**
   * The virtual size qemu-img gives an overlay over {@code backing} of {@code format}: a raw
   * regular file's length rounded up to 512 bytes; a qcow2 header's {@code size} rounded down to
   * 512 (qemu counts whole sectors of a qcow2). Empty where this writer leaves the overlay to
   * qemu-img: other formats, anything but a regular file (a block device), and qcow2 backings that
   * are encrypted, use incompatible features or are not a version 2 or 3 header.
   */
  static OptionalLong backingSize(Path backing, String format) {
    if (!Files.isRegularFile(backing)) {
      return OptionalLong.empty();
    }
    try {
      switch (format) {
        case "raw":
          long bytes = Files.size(backing);
          return OptionalLong.of((bytes + SECTOR - 1) / SECTOR * SECTOR);
        case "qcow2":
          return qcow2Size(backing);
        default:
          return OptionalLong.empty();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the size of " + backing, e);
    }
  }

  /**
   * Up to the first {@code bytes} bytes of {@code image} (fewer when the file is shorter): the
   * buffer's position is the count read.
   */
  static ByteBuffer head(Path image, int bytes) throws IOException {
    ByteBuffer h = ByteBuffer.allocate(bytes);
    try (FileChannel ch = FileChannel.open(image, StandardOpenOption.READ)) {
      int n = 0;
      while (h.hasRemaining() && n >= 0) {
        n = ch.read(h);
      }
    }
    return h;
  }

  private static OptionalLong qcow2Size(Path backing) throws IOException {
    ByteBuffer h = head(backing, 80);
    if (h.position() < 72 || h.getInt(0) != Qcow2Layout.MAGIC) {
      return OptionalLong.empty();
    }
    int version = h.getInt(4);
    int clusterBits = h.getInt(20);
    long size = h.getLong(24);
    boolean known = version == 2 || version == 3 && h.position() == 80 && h.getLong(72) == 0;
    boolean plain = h.getInt(32) == 0 && clusterBits >= 9 && clusterBits <= 21 && size >= 0;
    return known && plain ? OptionalLong.of(size / SECTOR * SECTOR) : OptionalLong.empty();
  }

  /**
   * An empty qcow2 at {@code image} (which must not exist) over {@code backing}, if any, of {@code
   * size} bytes. Not synced to disk: these images are recreated at every start. A failure leaves no
   * file behind.
   */
  static void write(Path image, Optional<Qcow2Layout.Backing> backing, long size) {
    Qcow2Layout layout = Qcow2Layout.of(backing, size);
    try (FileChannel ch =
        FileChannel.open(
            image,
            EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")))) {
      try {
        for (Qcow2Layout.Region r : layout.regions()) {
          writeFully(ch, ByteBuffer.wrap(r.bytes()), r.offset());
        }
        zeroTo(ch, layout.length());
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(image);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing the qcow2 image " + image, e);
    }
  }

  /** Zeros from the end of the metadata written so far to {@code length} (the empty L1 table). */
  private static void zeroTo(FileChannel ch, long length) throws IOException {
    long at = ch.size();
    ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(Qcow2Layout.CLUSTER, length - at));
    while (at < length) {
      zeros.clear().limit((int) Math.min(zeros.capacity(), length - at));
      at += writeFully(ch, zeros, at);
    }
  }

  private static int writeFully(FileChannel ch, ByteBuffer b, long offset) throws IOException {
    int n = b.remaining();
    long at = offset;
    while (b.hasRemaining()) {
      at += ch.write(b, at);
    }
    return n;
  }
}
