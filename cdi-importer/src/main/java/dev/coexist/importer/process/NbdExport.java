package dev.coexist.importer.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * What {@link NbdServer} exports: a read-only image that is still being downloaded (the download
 * side calls {@link #complete()} or {@link #fail}).
 */
interface NbdExport {
  /** The size of the export (the announced download length). */
  long size();

  /**
   * Fills {@code dst} (all of its remaining bytes) from {@code offset}, waiting for the download to
   * bring them; bytes past the end of the download are zeros. Throws when they cannot be had.
   */
  void read(long offset, ByteBuffer dst) throws IOException, InterruptedException;

  /**
   * The bytes of a read as buffers to send as they are (no copy), or empty when {@link #read} must
   * serve it. The caller sends them, then calls {@link Slices#release()}; waits like {@link #read}.
   */
  default Optional<Slices> slices(long offset, int length)
      throws IOException, InterruptedException {
    return Optional.empty();
  }

  /**
   * Views of the export's memory holding one read, in order.
   *
   * @param buffers the bytes, position to limit
   * @param release to call once they are sent (the memory may be reused after)
   */
  record Slices(ByteBuffer[] buffers, Runnable release) {}

  /** The download is whole. */
  void complete();

  /** The download failed (or was stopped): waiting and future reads of missing bytes fail. */
  void fail(IOException cause);

  /** True once {@link #fail} was called. */
  boolean failed();

  /** A new client (qemu-img process) finished its handshake. */
  default void clientConnected() {}

  /** No more reads will come (qemu-img is done with the export). */
  default void readersDone() {}
}
