package dev.coexist.launcher.volumes;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The metadata of an empty qcow2 image as {@code qemu-img create -f qcow2} (QEMU 7.2 defaults)
 * writes it, optionally over a backing file — a pure function of the backing file's name and format
 * and the virtual size (docs/interop/qcow2.txt in QEMU's tree):
 *
 * <ul>
 *   <li>cluster 0: the version-3 header (64 KiB clusters, 16-bit refcounts, header length 112 with
 *       a zero compression type), the backing format header extension, the feature name table, the
 *       end-of-extensions marker and the backing file name;
 *   <li>cluster 1: the refcount table, one entry pointing to cluster 2;
 *   <li>cluster 2: the refcount block, refcount 1 for the metadata clusters (0–2 and the L1
 *       table's);
 *   <li>cluster 3 on: the L1 table, all zero (nothing allocated), {@code ceil(size / 512 MiB)}
 *       entries; the file ends where the L1 table ends (three clusters when it is empty).
 * </ul>
 *
 * <p>Every other byte of the file is zero; {@link #regions()} lists the non-zero ones.
 */
record Qcow2Layout(long length, List<Region> regions) {
  static final int CLUSTER_BITS = 16;
  static final int CLUSTER = 1 << CLUSTER_BITS;
  static final int HEADER_LENGTH = 112;

  /** The first four bytes of every qcow2 image, {@code QFI\xfb}. */
  static final int MAGIC = ('Q' << 24) | ('F' << 16) | ('I' << 8) | 0xfb;

  /** qemu's limit on the L1 table (QCOW_MAX_L1_SIZE): 32 MiB, a 2 PiB disk with 64 KiB clusters. */
  static final long MAX_L1_BYTES = 32L << 20;

  /** The longest backing file name qcow2 allows. */
  static final int MAX_BACKING_NAME = 1023;

  private static final int EXT_BACKING_FORMAT = 0xe2792aca;
  private static final int EXT_FEATURE_NAMES = 0x6803f857;
  private static final int FEATURE_NAME_ENTRY = 48;
  private static final int REFCOUNT_ORDER = 4;
  private static final long REFCOUNT_TABLE = CLUSTER;
  private static final long REFCOUNT_BLOCK = 2L * CLUSTER;
  private static final long L1_TABLE = 3L * CLUSTER;
  private static final long BYTES_PER_L1_ENTRY = (long) CLUSTER * (CLUSTER / 8);

  /** The feature name table qemu writes: (bitmap: 0 incompatible, 1 compatible, 2 autoclear). */
  private static final List<Feature> FEATURES =
      List.of(
          new Feature(0, 0, "dirty bit"),
          new Feature(0, 1, "corrupt bit"),
          new Feature(0, 2, "external data file"),
          new Feature(0, 3, "compression type"),
          new Feature(0, 4, "extended L2 entries"),
          new Feature(1, 0, "lazy refcounts"),
          new Feature(2, 0, "bitmaps"),
          new Feature(2, 1, "raw external data"));

  /** Non-zero bytes at an offset of the file. */
  record Region(long offset, byte[] bytes) {}

  private record Feature(int bitmap, int bit, String name) {}

  /** A backing file: its name as stored in the overlay, and its format. */
  record Backing(String name, String format) {}

  Qcow2Layout {
    regions = List.copyOf(regions);
  }

  /**
   * What qcow2 (or qemu) cannot hold in such an image, if anything: a negative size, more than 2
   * PiB (qemu's L1 table limit with 64 KiB clusters), a backing file name over 1023 bytes.
   */
  static Optional<String> problem(Optional<Backing> backing, long size) {
    if (size < 0 || size > MAX_L1_BYTES / 8 * BYTES_PER_L1_ENTRY) {
      return Optional.of("a qcow2 image cannot be " + size + " bytes (0 to 2 PiB)");
    }
    int name = backing.map(b -> b.name().getBytes(StandardCharsets.UTF_8).length).orElse(0);
    if (name > MAX_BACKING_NAME) {
      return Optional.of(
          "a qcow2 backing file name is at most " + MAX_BACKING_NAME + " bytes, got " + name);
    }
    return Optional.empty();
  }

  /**
   * The image of {@code size} bytes (rounded up to 512, as qemu-img does) over {@code backing}, if
   * any; fails with the {@link #problem} of images qcow2 cannot hold.
   */
  static Qcow2Layout of(Optional<Backing> backing, long size) {
    Optional<String> problem = problem(backing, size);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    long virtual = roundUp(size, 512);
    int l1Entries = (int) l1Entries(size);
    int l1Clusters = (l1Entries * 8 + CLUSTER - 1) / CLUSTER;
    byte[] header = header(backing, virtual, l1Entries);
    ByteBuffer table = ByteBuffer.allocate(8).putLong(REFCOUNT_BLOCK);
    ByteBuffer block = ByteBuffer.allocate(2 * (3 + l1Clusters));
    while (block.hasRemaining()) {
      block.putShort((short) 1);
    }
    long length = l1Entries == 0 ? L1_TABLE : L1_TABLE + l1Entries * 8L;
    return new Qcow2Layout(
        length,
        List.of(
            new Region(0, header),
            new Region(REFCOUNT_TABLE, table.array()),
            new Region(REFCOUNT_BLOCK, block.array())));
  }

  /** One L1 entry per 512 MiB (an L2 table of 8192 entries of 64 KiB clusters). */
  private static long l1Entries(long size) {
    long virtual = roundUp(size, 512);
    return virtual / BYTES_PER_L1_ENTRY + (virtual % BYTES_PER_L1_ENTRY == 0 ? 0 : 1);
  }

  private static byte[] header(Optional<Backing> backing, long size, int l1Entries) {
    byte[] name = backing.map(b -> b.name().getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
    byte[] format =
        backing.map(b -> b.format().getBytes(StandardCharsets.US_ASCII)).orElse(new byte[0]);
    int extensions =
        (backing.isPresent() ? 8 + roundUp(format.length, 8) : 0)
            + 8
            + FEATURES.size() * FEATURE_NAME_ENTRY
            + 8;
    int nameOffset = HEADER_LENGTH + extensions;
    ByteBuffer h = ByteBuffer.allocate(nameOffset + name.length);
    h.putInt(MAGIC).putInt(3);
    h.putLong(backing.isPresent() ? nameOffset : 0).putInt(name.length);
    h.putInt(CLUSTER_BITS).putLong(size);
    h.putInt(0); // crypt_method: none
    h.putInt(l1Entries).putLong(l1Entries == 0 ? 0 : L1_TABLE);
    h.putLong(REFCOUNT_TABLE).putInt(1); // refcount table: one cluster
    h.putInt(0).putLong(0); // no snapshots
    h.putLong(0).putLong(0).putLong(0); // incompatible, compatible, autoclear features: none
    h.putInt(REFCOUNT_ORDER).putInt(HEADER_LENGTH);
    h.position(HEADER_LENGTH); // compression type zlib (0) and padding
    if (backing.isPresent()) {
      h.putInt(EXT_BACKING_FORMAT).putInt(format.length).put(format);
      h.position(h.position() + roundUp(format.length, 8) - format.length);
    }
    h.putInt(EXT_FEATURE_NAMES).putInt(FEATURES.size() * FEATURE_NAME_ENTRY);
    for (Feature f : FEATURES) {
      int entry = h.position();
      h.put((byte) f.bitmap())
          .put((byte) f.bit())
          .put(f.name().getBytes(StandardCharsets.US_ASCII));
      h.position(entry + FEATURE_NAME_ENTRY);
    }
    h.putInt(0).putInt(0); // end of the header extensions
    h.put(name);
    return h.array();
  }

  private static long roundUp(long n, long to) {
    return (n + to - 1) / to * to;
  }

  private static int roundUp(int n, int to) {
    return (n + to - 1) / to * to;
  }
}
