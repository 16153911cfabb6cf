package dev.coexist.importer.process;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A scratch file being downloaded while qemu-img already reads it: a read waits until the download
 * has written the bytes it asks for, and fails if the download fails.
 */
final class GrowingFile implements NbdExport {
  private final FileChannel channel;
  private final long size;
  private long available;
  private boolean complete;
  private IOException failure;

  GrowingFile(FileChannel channel, long size) {
    this.channel = channel;
    this.size = size;
  }

  /** The scratch file. */
  FileChannel channel() {
    return channel;
  }

  /** The final size (the announced Content-Length). */
  @Override
  public long size() {
    return size;
  }

  /** The bytes {@code [0, end)} are now in the file. */
  synchronized void advance(long end) {
    available = end;
    notifyAll();
  }

  /** The download finished; the file is whole. */
  @Override
  public synchronized void complete() {
    complete = true;
    notifyAll();
  }

  /** The download failed; pending and future reads of missing bytes fail. */
  @Override
  public synchronized void fail(IOException cause) {
    failure = cause;
    notifyAll();
  }

  /** True once {@link #fail} was called. */
  @Override
  public synchronized boolean failed() {
    return failure != null;
  }

  @Override
  public void read(long position, ByteBuffer dst) throws IOException, InterruptedException {
    long end = Math.min(size, position + dst.remaining());
    awaitAvailable(end);
    long at = position;
    while (dst.hasRemaining()) {
      int n = channel.read(dst, at);
      if (n < 0) {
        while (dst.hasRemaining()) {
          dst.put((byte) 0);
        }
        return;
      }
      at += n;
    }
  }

  /** Waits until {@code [0, end)} has been downloaded (end is clamped to the size). */
  synchronized void awaitAvailable(long end) throws IOException, InterruptedException {
    end = Math.min(end, size);
    while (available < end && failure == null && !complete) {
      wait();
    }
    if (available >= end) {
      return;
    }
    if (failure != null) {
      throw new IOException("the download failed: " + failure.getMessage(), failure);
    }
    throw new EOFException("the download ended at " + available + " before byte " + end);
  }
}
