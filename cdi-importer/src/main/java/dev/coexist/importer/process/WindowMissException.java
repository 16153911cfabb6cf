package dev.coexist.importer.process;

import java.io.IOException;

/** A read asked {@link ChunkWindow} for bytes it had already dropped. */
final class WindowMissException extends IOException {
  private static final long serialVersionUID = 1L;

  WindowMissException(long offset, int length, int chunk, long chunkOffset) {
    super(
        "qemu-img read "
            + length
            + " bytes at "
            + offset
            + " again, but chunk "
            + chunk
            + " (at "
            + chunkOffset
            + ") had already left memory");
  }
}
