package dev.coexist.importer.process;

import dev.coexist.importer.source.ImageSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

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
    return new Peeked(head, len, new HeadThenRest(ByteBuffer.wrap(head, 0, len), in));
  }

  /**
   * The head, then the rest of the stream (a channel too, so direct buffers are filled straight
   * from the source). Closing it does not close the stream: its owner does.
   */
  private static final class HeadThenRest extends InputStream implements ReadableByteChannel {
    private final ByteBuffer head;
    private final InputStream rest;

    HeadThenRest(ByteBuffer head, InputStream rest) {
      this.head = head;
      this.rest = rest;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      if (!head.hasRemaining()) {
        return ImageSource.read(rest, dst);
      }
      int n = Math.min(head.remaining(), dst.remaining());
      dst.put(head.slice(head.position(), n));
      head.position(head.position() + n);
      return n;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (!head.hasRemaining()) {
        return rest.read(b, off, len);
      }
      int n = Math.min(head.remaining(), len);
      head.get(b, off, n);
      return n;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int available() throws IOException {
      return head.hasRemaining() ? head.remaining() : rest.available();
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {
      // closed by its owner
    }
  }
}
