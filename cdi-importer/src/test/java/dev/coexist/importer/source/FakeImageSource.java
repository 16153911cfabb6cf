package dev.coexist.importer.source;

import dev.coexist.crds.importer.ImportReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory {@link ImageSource}: serves bytes, optionally with range support, optionally
 * dropping the first {@code drops} streams after {@code dropAfter} bytes, or failing every open.
 */
public final class FakeImageSource implements ImageSource {
  private final byte[] content;
  private final boolean ranges;
  private final boolean announceLength;
  private final int drops;
  private final long dropAfter;
  private final SourceException openFailure;
  private final AtomicInteger opens = new AtomicInteger();

  private FakeImageSource(
      byte[] content,
      boolean ranges,
      boolean announceLength,
      int drops,
      long dropAfter,
      SourceException openFailure) {
    this.content = content;
    this.ranges = ranges;
    this.announceLength = announceLength;
    this.drops = drops;
    this.dropAfter = dropAfter;
    this.openFailure = openFailure;
  }

  /** Serves {@code content} with ranges and a length. */
  public static FakeImageSource serving(byte[] content) {
    return new FakeImageSource(content, true, true, 0, 0, null);
  }

  /** Answers every open with a 404-like failure. */
  public static FakeImageSource missing() {
    return new FakeImageSource(
        new byte[0],
        true,
        true,
        0,
        0,
        new SourceException(ImportReason.NotFound, false, "fake://missing returned 404"));
  }

  /** Without range support (a resume restarts from zero). */
  public FakeImageSource withoutRanges() {
    return new FakeImageSource(content, false, announceLength, drops, dropAfter, openFailure);
  }

  /** Without a Content-Length. */
  public FakeImageSource withoutLength() {
    return new FakeImageSource(content, ranges, false, drops, dropAfter, openFailure);
  }

  /** The first {@code n} streams end abruptly after {@code after} bytes. */
  public FakeImageSource dropping(int n, long after) {
    return new FakeImageSource(content, ranges, announceLength, n, after, openFailure);
  }

  /** How many times {@link #open} was called. */
  public int opens() {
    return opens.get();
  }

  @Override
  public Opened open(long offset) throws IOException {
    int n = opens.incrementAndGet();
    if (openFailure != null) {
      throw openFailure;
    }
    long start = ranges ? Math.min(offset, content.length) : 0;
    InputStream body = new ByteArrayInputStream(content, (int) start, content.length - (int) start);
    if (n <= drops) {
      body = new Dropping(body, dropAfter);
    }
    OptionalLong length = announceLength ? OptionalLong.of(content.length) : OptionalLong.empty();
    return new Opened(body, length, ranges, start);
  }

  @Override
  public String describe() {
    return "fake://image";
  }

  /** Ends the stream (EOF, as a server closing the connection) after a number of bytes. */
  private static final class Dropping extends InputStream {
    private final InputStream in;
    private long left;

    Dropping(InputStream in, long left) {
      this.in = in;
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      left--;
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
