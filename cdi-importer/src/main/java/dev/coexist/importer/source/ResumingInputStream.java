package dev.coexist.importer.source;

import dev.coexist.crds.importer.ImportReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bytes of an {@link ImageSource}, retried across transient failures. A dropped stream is
 * resumed with a range request when the source supports ranges, otherwise restarted from zero and
 * the bytes already delivered are skipped. A body shorter than its announced length is never taken
 * as the end: it counts as a failure and is retried.
 */
public final class ResumingInputStream extends InputStream implements ReadableByteChannel {
  private static final Logger LOG = LoggerFactory.getLogger(ResumingInputStream.class);
  private static final int SKIP_BUFFER = 1 << 16;
  private static final int BOUNCE_BUFFER = 256 << 10;

  private final ImageSource source;
  private final int attempts;
  private final Backoff backoff;
  private volatile boolean closed;
  private InputStream current;
  private OptionalLong total = OptionalLong.empty();
  private boolean rangesSupported;
  private long position;
  private int failures;
  private byte[] bounce;

  /**
   * @param attempts how many times a failing download is tried in all (at least 1)
   */
  public ResumingInputStream(ImageSource source, int attempts, Backoff backoff) {
    this.source = source;
    this.attempts = Math.max(1, attempts);
    this.backoff = backoff;
  }

  /** Opens the first stream (retrying transient failures); call before reading. */
  public void open() throws IOException {
    IOException last = null;
    while (true) {
      try {
        connect(0);
        return;
      } catch (IOException e) {
        last = e;
      }
      retryOrThrow(last);
    }
  }

  /** The announced content length, once opened. */
  public OptionalLong totalLength() {
    return total;
  }

  /** True when the source said it can resume at an offset (range requests). */
  public boolean rangesSupported() {
    return rangesSupported;
  }

  /** Bytes delivered so far. */
  public long position() {
    return position;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    return readRetrying(c -> c.read(b, off, len));
  }

  /** Reads into {@code dst}; into a direct buffer with no heap copy when the source allows. */
  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!dst.hasRemaining()) {
      return 0;
    }
    return readRetrying(
        c -> ImageSource.read(c, dst, c instanceof ReadableByteChannel ? null : bounce()));
  }

  /** A body that is no channel (a file, an upload) is read through one reused heap array. */
  private byte[] bounce() {
    if (bounce == null) {
      bounce = new byte[BOUNCE_BUFFER];
    }
    return bounce;
  }

  @Override
  public boolean isOpen() {
    return !closed;
  }

  /** One read of the current stream. */
  private interface Read {
    int from(InputStream current) throws IOException;
  }

  private int readRetrying(Read read) throws IOException {
    while (true) {
      IOException failure;
      InputStream c = current;
      if (c == null || closed) {
        throw new InterruptedIOException("the download was stopped");
      }
      try {
        int n = read.from(c);
        if (n > 0) {
          position += n;
          return n;
        }
        if (n < 0 && (total.isEmpty() || position >= total.getAsLong())) {
          return -1;
        }
        failure =
            new IOException(
                "the body ended after " + position + " of " + total.getAsLong() + " bytes");
      } catch (IOException e) {
        failure = e;
      }
      retryOrThrow(failure);
      reconnect();
    }
  }

  private void reconnect() throws IOException {
    while (true) {
      try {
        connect(rangesSupported ? position : 0);
        return;
      } catch (IOException e) {
        retryOrThrow(e);
      }
    }
  }

  private void retryOrThrow(IOException failure) throws IOException {
    if (closed) {
      throw new InterruptedIOException("the download was stopped");
    }
    if (failure instanceof SourceException se && !se.isTransient()) {
      throw se;
    }
    failures++;
    if (failures >= attempts) {
      ImportReason reason =
          failure instanceof SourceException se ? se.reason() : ImportReason.TransferFailed;
      throw new SourceException(
          reason,
          false,
          "downloading "
              + source.describe()
              + " failed after "
              + failures
              + " attempts: "
              + failure.getMessage(),
          failure);
    }
    LOG.warn(
        "download of {} failed at byte {} ({}); attempt {} of {}",
        source.describe(),
        position,
        failure.getMessage(),
        failures + 1,
        attempts);
    closeCurrent();
    try {
      if (!backoff.pause(failures)) {
        throw new InterruptedIOException("the download was stopped");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private void connect(long offset) throws IOException {
    ImageSource.Opened opened = source.open(offset);
    current = opened.body();
    if (closed) {
      closeCurrent();
      throw new InterruptedIOException("the download was stopped");
    }
    if (total.isPresent()
        && opened.totalLength().isPresent()
        && total.getAsLong() != opened.totalLength().getAsLong()) {
      closeCurrent();
      throw new SourceException(
          ImportReason.TransferFailed,
          false,
          source.describe() + " changed size while downloading");
    }
    if (position == 0) {
      total = opened.totalLength();
    }
    rangesSupported = opened.rangesSupported();
    skipTo(opened.startOffset());
  }

  /** After a restart from an earlier offset, drops the bytes already delivered. */
  private void skipTo(long start) throws IOException {
    if (start > position) {
      closeCurrent();
      throw new IOException("the source resumed at " + start + ", after " + position);
    }
    long toSkip = position - start;
    if (toSkip > 0) {
      LOG.info("{} cannot resume; skipping {} bytes already received", source.describe(), toSkip);
    }
    byte[] sink = new byte[SKIP_BUFFER];
    while (toSkip > 0) {
      int n = current.read(sink, 0, (int) Math.min(sink.length, toSkip));
      if (n < 0) {
        throw new IOException("the body ended while skipping to byte " + position);
      }
      toSkip -= n;
    }
  }

  private void closeCurrent() {
    InputStream c = current;
    current = null;
    if (c != null) {
      try {
        c.close();
      } catch (IOException e) {
        LOG.debug("closing a failed stream of {}: {}", source.describe(), e.toString());
      }
    }
  }

  /** Closes the stream; safe from another thread to stop a blocked read. */
  @Override
  public void close() {
    closed = true;
    closeCurrent();
  }
}
