package dev.coexist.importer.process;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * The first bytes of a stream, and the stream with them put back.
 *
 * @param head the bytes read
 * @param length how many are valid (less than asked for at end of stream)
 * @param stream the whole stream, starting with {@code head}
 */
record Peeked(byte[] head, int length, InputStream stream) {

  /** Reads up to {@code n} bytes of {@code in} (read failures as {@link StreamReadException}). */
  static Peeked of(InputStream in, int n) throws StreamReadException {
    byte[] head = new byte[n];
    int len = 0;
    try {
      while (len < n) {
        int r = in.read(head, len, n - len);
        if (r < 0) {
          break;
        }
        len += r;
      }
    } catch (IOException e) {
      throw new StreamReadException(e);
    }
    // SequenceInputStream closes a stream it has exhausted; the caller still owns `in`
    InputStream unclosable =
        new FilterInputStream(in) {
          @Override
          public int read(byte[] b, int off, int n) throws IOException {
            return in.read(b, off, n);
          }

          @Override
          public void close() {
            // closed by its owner
          }
        };
    return new Peeked(
        head, len, new SequenceInputStream(new ByteArrayInputStream(head, 0, len), unclosable));
  }
}
