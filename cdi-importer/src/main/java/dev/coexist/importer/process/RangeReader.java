package dev.coexist.importer.process;

import dev.coexist.importer.source.ImageSource;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Reads a byte range of the source with a request of its own (HTTP Range), beside the download. */
interface RangeReader {
  /** Exactly {@code length} bytes at {@code offset}; throws when the source cannot give them. */
  byte[] read(long offset, int length) throws IOException;

  /** Range requests against {@code source} (which said it supports ranges). */
  static RangeReader of(ImageSource source) {
    return (offset, length) -> {
      ImageSource.Opened o = source.open(offset);
      try (InputStream in = o.body()) {
        if (o.startOffset() != offset) {
          throw new IOException(source.describe() + " answered a range request from byte 0");
        }
        byte[] b = in.readNBytes(length);
        if (b.length != length) {
          throw new EOFException(source.describe() + " ended before byte " + (offset + length));
        }
        return b;
      }
    };
  }
}
