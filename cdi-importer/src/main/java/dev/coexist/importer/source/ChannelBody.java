package dev.coexist.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The body of a plain-HTTP response with a Content-Length, read from a non-blocking socket channel
 * straight into the caller's buffer: into a direct buffer the bytes go from the kernel to their
 * place with no copy through the heap. A read that waits longer than the read timeout fails; {@link
 * #close()} from another thread ends a blocked read at once.
 */
final class ChannelBody extends InputStream implements ReadableByteChannel {
  private final SocketChannel channel;
  private final Selector selector;
  private final ByteBuffer leftover;
  private final long readTimeoutMillis;
  private long remaining;
  private volatile boolean closed;

  /**
   * @param leftover body bytes that arrived with the header (read first)
   * @param length the Content-Length
   */
  ChannelBody(
      SocketChannel channel,
      Selector selector,
      ByteBuffer leftover,
      long length,
      Duration readTimeout) {
    this.channel = channel;
    this.selector = selector;
    this.leftover = leftover;
    this.remaining = length;
    this.readTimeoutMillis = Math.max(1, readTimeout.toMillis());
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    if (!dst.hasRemaining()) {
      return 0;
    }
    int want = (int) Math.min(dst.remaining(), remaining);
    int n;
    if (leftover.hasRemaining()) {
      n = Math.min(want, leftover.remaining());
      ByteBuffer part = leftover.slice(leftover.position(), n);
      dst.put(part);
      leftover.position(leftover.position() + n);
    } else {
      ByteBuffer limited = dst;
      int oldLimit = dst.limit();
      if (dst.remaining() > want) {
        limited.limit(dst.position() + want);
      }
      try {
        n = readSome(limited);
      } finally {
        dst.limit(oldLimit);
      }
      if (n < 0) {
        return -1; // shorter than announced: the caller sees the length it got
      }
    }
    remaining -= n;
    return n;
  }

  /** At least one byte, or -1 at the end of the stream; waits at most the read timeout. */
  private int readSome(ByteBuffer dst) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(readTimeoutMillis);
    try {
      while (true) {
        if (closed) {
          throw new InterruptedIOException("the download was stopped");
        }
        int n = channel.read(dst);
        if (n != 0) {
          return n;
        }
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new SocketTimeoutException(
              "no data for " + readTimeoutMillis + " ms (read timeout)");
        }
        selector.select(left);
        selector.selectedKeys().clear();
      }
    } catch (ClosedSelectorException e) {
      throw new InterruptedIOException("the download was stopped");
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return read(ByteBuffer.wrap(b, off, len));
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public boolean isOpen() {
    return !closed;
  }

  /** Drops the connection; safe from another thread to stop a blocked read. */
  @Override
  public void close() throws IOException {
    closed = true;
    selector.wakeup();
    try {
      channel.close();
    } finally {
      selector.close();
    }
  }

  /** Registers {@code channel} (non-blocking) for reads on {@code selector}. */
  static void register(SocketChannel channel, Selector selector) throws IOException {
    channel.configureBlocking(false);
    channel.register(selector, SelectionKey.OP_READ);
  }
}
