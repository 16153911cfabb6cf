package dev.coexist.importer.upload;

import dev.coexist.crds.importer.ImportReason;
import dev.coexist.importer.source.ImageSource;
import dev.coexist.importer.source.SourceException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The body of one upload request as an {@link ImageSource}: it can be opened once, from the start,
 * and never resumed (an interrupted upload fails; the client uploads again). {@code onReceived}
 * runs once, when every byte of the body has been read (the asynchronous endpoint answers then).
 */
final class UploadImageSource implements ImageSource {
  private final InputStream body;
  private final OptionalLong length;
  private final String description;
  private final Runnable onReceived;
  private final AtomicBoolean opened = new AtomicBoolean();

  /**
   * @param body the request body
   * @param length its Content-Length, empty for a chunked body
   * @param description for logs and messages ("the upload from 10.0.0.5")
   * @param onReceived called once when the body has been read to its end
   */
  UploadImageSource(
      InputStream body, OptionalLong length, String description, Runnable onReceived) {
    this.body = body;
    this.length = length;
    this.description = description;
    this.onReceived = onReceived;
  }

  @Override
  public Opened open(long offset) throws IOException {
    if (offset != 0 || !opened.compareAndSet(false, true)) {
      throw new SourceException(
          ImportReason.TransferFailed,
          false,
          description
              + " was interrupted after "
              + offset
              + " bytes; an upload cannot be resumed: upload the image again");
    }
    return new Opened(new Watched(body, length, onReceived), length, false, 0);
  }

  @Override
  public String describe() {
    return description;
  }

  /**
   * Calls {@code onEnd} once the announced length has been read, or at end of stream; reads after
   * that return end of stream without touching the request body.
   */
  private static final class Watched extends FilterInputStream {
    private final OptionalLong length;
    private final Runnable onEnd;
    private long count;
    private boolean ended;

    Watched(InputStream in, OptionalLong length, Runnable onEnd) {
      super(in);
      this.length = length;
      this.onEnd = onEnd;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (ended) {
        // every byte is in; the exchange may already be answered (async) and its stream closed
        return -1;
      }
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      boolean complete = length.isPresent() ? count >= length.getAsLong() : n < 0;
      if (complete && !ended) {
        ended = true;
        onEnd.run();
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
      int r = read(buf, 0, buf.length);
      return Math.max(r, 0);
    }
  }
}
