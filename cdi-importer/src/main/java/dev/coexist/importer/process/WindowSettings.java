package dev.coexist.importer.process;

import java.time.Duration;

/**
 * How much of a download {@link ChunkWindow} keeps in memory for qemu-img instead of writing it to
 * scratch space.
 *
 * @param chunkSize the unit of download, eviction and spilling (a multiple of 4096)
 * @param capacity the bytes kept in memory beyond the pinned head; when a new chunk would exceed
 *     it, the oldest chunk leaves memory (dropped if qemu-img has read all of it, else spilled to
 *     the scratch file)
 * @param pinned the head of the image (format headers, tables) kept in memory for the whole import,
 *     since every qemu-img process reads it again
 * @param patience how long the download waits for qemu-img to read the oldest chunk before it
 *     spills it; it does not wait at all while qemu-img is waiting for newer bytes
 */
public record WindowSettings(int chunkSize, long capacity, long pinned, Duration patience) {
  /** Chunks are whole pages. */
  static final int PAGE = 4096;

  /** Validates the settings. */
  public WindowSettings {
    if (chunkSize <= 0 || chunkSize % PAGE != 0) {
      throw new IllegalArgumentException("chunkSize must be a positive multiple of " + PAGE);
    }
    if (capacity < chunkSize || pinned < 0 || patience.isNegative()) {
      throw new IllegalArgumentException(
          "capacity must hold a chunk, pinned and patience must not be negative");
    }
  }

  /**
   * 1 MiB chunks, a 64 MiB window (at most a quarter of the heap, at least 8 MiB: wider than what
   * qemu-img convert has in flight, 8 requests of up to 2 MiB), an 8 MiB pinned head (a qcow2's
   * header, refcount table and L1 with clusters up to 2 MiB), 100 ms patience.
   */
  public static WindowSettings defaults() {
    long capacity = Math.max(8L << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 4));
    return new WindowSettings(1 << 20, capacity, 8L << 20, Duration.ofMillis(100));
  }
}
