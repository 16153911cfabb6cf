package dev.coexist.importer.process;

import java.io.IOException;
import java.nio.ByteBuffer;

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
