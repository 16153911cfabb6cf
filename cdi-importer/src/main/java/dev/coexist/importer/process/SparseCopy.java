package dev.coexist.importer.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Copies a stream into a fresh file, skipping all-zero blocks (they stay holes, like {@code
 * qemu-img convert -S}). Read failures are reported as {@link StreamReadException}.
 */
final class SparseCopy {
  static final int BUFFER = 1 << 20;
  static final int BLOCK = 64 * 1024;

  private final byte[] zeros = new byte[BLOCK];
  private final byte[] buffer = new byte[BUFFER];

  /**
   * Copies {@code in} to {@code out} from offset 0.
   *
   * @param written called with the number of bytes now present in the file after each chunk
   * @return the number of bytes copied (the file must be extended to it by the caller if the tail
   *     was zero)
   */
  long copy(InputStream in, FileChannel out, LongConsumer written) throws IOException {
    long pos = 0;
    while (true) {
      int filled = fill(in);
      if (filled == 0) {
        return pos;
      }
      writeNonZero(out, filled, pos);
      pos += filled;
      written.accept(pos);
      if (filled < buffer.length) {
        return pos;
      }
    }
  }

  private int fill(InputStream in) throws StreamReadException {
    int filled = 0;
    try {
      while (filled < buffer.length) {
        int n = in.read(buffer, filled, buffer.length - filled);
        if (n < 0) {
          break;
        }
        filled += n;
      }
    } catch (IOException e) {
      throw new StreamReadException(e);
    }
    return filled;
  }

  private void writeNonZero(FileChannel out, int length, long base) throws IOException {
    int runStart = -1;
    for (int off = 0; off < length; off += BLOCK) {
      int len = Math.min(BLOCK, length - off);
      boolean zero = Arrays.mismatch(buffer, off, off + len, zeros, 0, len) < 0;
      if (!zero && runStart < 0) {
        runStart = off;
      } else if (zero && runStart >= 0) {
        write(out, runStart, off - runStart, base);
        runStart = -1;
      }
    }
    if (runStart >= 0) {
      write(out, runStart, length - runStart, base);
    }
  }

  private void write(FileChannel out, int off, int len, long base) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(buffer, off, len);
    long at = base + off;
    while (b.hasRemaining()) {
      at += out.write(b, at);
    }
  }
}
