package dev.coexist.importer.process;

import dev.coexist.importer.source.ImageSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.OptionalLong;

/** The downloaded bytes as they stream: counted, digested and reported as progress. */
final class CountingStream extends FilterInputStream implements ReadableByteChannel {
  private Optional<MessageDigest> digest;
  private final ProgressListener progress;
  private final OptionalLong total;
  private long count;

  CountingStream(
      InputStream in,
      Optional<MessageDigest> digest,
      ProgressListener progress,
      OptionalLong total) {
    super(in);
    this.digest = digest;
    this.progress = progress;
    this.total = total;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return read(ByteBuffer.wrap(b, off, len));
  }

  /** Reads into {@code dst}: straight from the source's channel into a direct buffer. */
  @Override
  public int read(ByteBuffer dst) throws IOException {
    int start = dst.position();
    int n = ImageSource.read(in, dst);
    if (n > 0) {
      if (digest.isPresent()) {
        digest.get().update(dst.duplicate().limit(start + n).position(start));
      }
      count += n;
      progress.bytes(count, total);
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[(int) Math.min(n, 1 << 16)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  /** Reads (and digests) everything left, so the digest covers the whole download. */
  void drain() throws IOException {
    byte[] sink = new byte[1 << 16];
    while (read(sink, 0, sink.length) >= 0) {
      // keep digesting
    }
  }

  /**
   * Stops digesting here and hands the digest (over every byte read so far) to a caller that
   * digests what follows itself, in order; {@link #resumeDigest} gives it back.
   */
  Optional<MessageDigest> handOffDigest() {
    Optional<MessageDigest> d = digest;
    digest = Optional.empty();
    return d;
  }

  /** Takes back the digest of {@link #handOffDigest}, now over everything read. */
  void resumeDigest(Optional<MessageDigest> d) {
    digest = d;
  }

  long count() {
    return count;
  }

  /** The digest of everything read (call once, after {@link #drain()}). */
  Optional<byte[]> digestValue() {
    return digest.map(MessageDigest::digest);
  }
}
