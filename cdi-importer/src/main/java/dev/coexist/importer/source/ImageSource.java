package dev.coexist.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.OptionalLong;

/**
 * Where image bytes come from (CDI's {@code DataSourceInterface}): an HTTP(S) URL, a file of a
 * cloned PVC, or a fake in tests. The import pipeline (detect, decompress, verify, convert) is the
 * same for every source.
 */
public interface ImageSource {

  /**
   * Opens the content at {@code offset}. An offset above zero is asked for only after an {@link
   * Opened} said {@link Opened#rangesSupported()}; a source may still answer from an earlier offset
   * ({@link Opened#startOffset()}), and the caller skips what it already has.
   *
   * @throws SourceException for an answer that names the problem (404, 401, 5xx …)
   * @throws IOException for a network or file error (retried)
   */
  Opened open(long offset) throws IOException;

  /** A description for logs and messages, without credentials (the URL, the file). */
  String describe();

  /**
   * Reads from {@code in} into {@code dst} (as {@link ReadableByteChannel#read}): straight into the
   * buffer when {@code in} is a channel too (the HTTP fast path, and the streams over it), through
   * a heap array otherwise.
   */
  static int read(InputStream in, ByteBuffer dst) throws IOException {
    return read(in, dst, null);
  }

  /**
   * As {@link #read(InputStream, ByteBuffer)}, copying through {@code bounce} (when not null) for a
   * direct buffer and a stream that is no channel, so that a caller reading many times reuses one
   * array.
   */
  static int read(InputStream in, ByteBuffer dst, byte[] bounce) throws IOException {
    if (in instanceof ReadableByteChannel ch) {
      return ch.read(dst);
    }
    if (dst.hasArray()) {
      int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
      if (n > 0) {
        dst.position(dst.position() + n);
      }
      return n;
    }
    byte[] b = bounce != null ? bounce : new byte[Math.min(dst.remaining(), 1 << 16)];
    int n = in.read(b, 0, Math.min(b.length, dst.remaining()));
    if (n > 0) {
      dst.put(b, 0, n);
    }
    return n;
  }

  /**
   * One opened stream.
   *
   * @param body the bytes from {@code startOffset}; the caller closes it
   * @param totalLength the length of the whole content when known (Content-Length)
   * @param rangesSupported the source can resume at an offset
   * @param startOffset the offset {@code body} starts at
   */
  record Opened(
      InputStream body, OptionalLong totalLength, boolean rangesSupported, long startOffset) {}
}
