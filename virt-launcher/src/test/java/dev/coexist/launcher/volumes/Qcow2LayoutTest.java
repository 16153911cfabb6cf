package dev.coexist.launcher.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The header layout of the empty qcow2 images, field by field (docs/interop/qcow2.txt). */
class Qcow2LayoutTest {
  private static final long KIB = 1024;
  private static final long MIB = KIB * KIB;
  private static final long GIB = KIB * MIB;
  private static final long TIB = KIB * GIB;
  private static final int CLUSTER = 64 * 1024;

  /** size, rounded virtual size, L1 entries, L1 clusters. */
  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of(0L, 0L, 0, 0),
        Arguments.of(1L, 512L, 1, 1),
        Arguments.of(512L, 512L, 1, 1),
        Arguments.of(1000L, 1024L, 1, 1),
        Arguments.of(11 * MIB, 11 * MIB, 1, 1),
        Arguments.of(64 * MIB + 512, 64 * MIB + 512, 1, 1),
        Arguments.of(512 * MIB, 512 * MIB, 1, 1),
        Arguments.of(512 * MIB + 1, 512 * MIB + 512, 2, 1),
        Arguments.of(10 * GIB, 10 * GIB, 20, 1),
        Arguments.of(10 * GIB + 3 * KIB, 10 * GIB + 3 * KIB, 21, 1),
        Arguments.of(4 * TIB, 4 * TIB, 8192, 1),
        Arguments.of(5 * TIB, 5 * TIB, 10240, 2),
        Arguments.of(2048 * TIB, 2048 * TIB, 4 << 20, 512));
  }

  /** Backing file names of several lengths, up to qcow2's 1023 bytes, and both formats. */
  static Stream<Arguments> backings() {
    return Stream.of(
        Arguments.of("/b", "raw"),
        Arguments.of("/proc/4242/root/disk/disk.qcow2", "qcow2"),
        Arguments.of("/" + "d".repeat(200) + "/disk.img", "raw"),
        Arguments.of("/" + "x".repeat(1022), "qcow2"));
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void theHeaderAndTablesFollowTheVirtualSize(
      long size, long virtual, int l1Entries, int l1Clusters) {
    Qcow2Layout layout = Qcow2Layout.of(Optional.empty(), size);
    ByteBuffer h = header(layout);
    assertThat(h.getInt(0)).as("magic QFI\\xfb").isEqualTo(0x514649fb);
    assertThat(h.getInt(4)).as("version").isEqualTo(3);
    assertThat(h.getLong(8)).as("backing_file_offset").isZero();
    assertThat(h.getInt(16)).as("backing_file_size").isZero();
    assertThat(h.getInt(20)).as("cluster_bits").isEqualTo(16);
    assertThat(h.getLong(24)).as("size").isEqualTo(virtual);
    assertThat(h.getInt(32)).as("crypt_method").isZero();
    assertThat(h.getInt(36)).as("l1_size").isEqualTo(l1Entries);
    assertThat(h.getLong(40)).as("l1_table_offset").isEqualTo(l1Entries == 0 ? 0 : 3L * CLUSTER);
    assertThat(h.getLong(48)).as("refcount_table_offset").isEqualTo(CLUSTER);
    assertThat(h.getInt(56)).as("refcount_table_clusters").isEqualTo(1);
    assertThat(h.getInt(60)).as("nb_snapshots").isZero();
    assertThat(h.getLong(64)).as("snapshots_offset").isZero();
    assertThat(h.getLong(72)).as("incompatible_features").isZero();
    assertThat(h.getLong(80)).as("compatible_features").isZero();
    assertThat(h.getLong(88)).as("autoclear_features").isZero();
    assertThat(h.getInt(96)).as("refcount_order").isEqualTo(4);
    assertThat(h.getInt(100)).as("header_length").isEqualTo(112);
    assertThat(h.getLong(104)).as("compression_type zlib and padding").isZero();
    assertThat(h.getInt(112)).as("first extension: feature names").isEqualTo(0x6803f857);
    assertThat(h.limit()).as("header ends after the end-of-extensions marker").isEqualTo(512);

    assertThat(layout.regions().get(1).offset()).isEqualTo(CLUSTER);
    assertThat(ByteBuffer.wrap(layout.regions().get(1).bytes()).getLong())
        .as("refcount table entry 0: the refcount block")
        .isEqualTo(2L * CLUSTER);
    assertThat(layout.regions().get(2).offset()).isEqualTo(2L * CLUSTER);
    ByteBuffer refcounts = ByteBuffer.wrap(layout.regions().get(2).bytes());
    assertThat(refcounts.remaining())
        .as("one 16-bit refcount per metadata cluster")
        .isEqualTo(2 * (3 + l1Clusters));
    while (refcounts.hasRemaining()) {
      assertThat(refcounts.getShort()).isEqualTo((short) 1);
    }
    assertThat(layout.length())
        .as("the file ends with the L1 table")
        .isEqualTo(3L * CLUSTER + 8L * l1Entries);
  }

  @ParameterizedTest
  @MethodSource("backings")
  void theBackingFileIsNamedAfterTheExtensions(String name, String format) {
    Qcow2Layout layout =
        Qcow2Layout.of(Optional.of(new Qcow2Layout.Backing(name, format)), 11 * MIB);
    ByteBuffer h = header(layout);
    assertThat(h.getInt(112)).as("backing format extension").isEqualTo(0xe2792aca);
    assertThat(h.getInt(116)).as("its length, unpadded").isEqualTo(format.length());
    assertThat(text(h, 120, format.length())).isEqualTo(format);
    for (int i = 120 + format.length(); i < 128; i++) {
      assertThat(h.get(i)).as("padding to 8 bytes at " + i).isZero();
    }
    assertThat(h.getInt(128)).as("feature name table").isEqualTo(0x6803f857);
    assertThat(h.getInt(132)).as("8 entries of 48 bytes").isEqualTo(384);
    assertThat(h.getLong(136 + 384)).as("end of extensions").isZero();
    assertThat(h.getLong(8)).as("backing_file_offset").isEqualTo(0x210);
    assertThat(h.getInt(16)).as("backing_file_size").isEqualTo(name.length());
    assertThat(text(h, 0x210, name.length())).isEqualTo(name);
    assertThat(h.limit()).as("nothing after the name").isEqualTo(0x210 + name.length());
    assertThat(h.limit()).isLessThanOrEqualTo(CLUSTER);
    assertThat(h.getLong(24)).as("size").isEqualTo(11 * MIB);
  }

  @ParameterizedTest
  @MethodSource("backings")
  void theFeatureNameTableIsQemus(String name, String format) {
    ByteBuffer h = header(Qcow2Layout.of(Optional.of(new Qcow2Layout.Backing(name, format)), 512));
    String[][] expected = {
      {"0", "0", "dirty bit"},
      {"0", "1", "corrupt bit"},
      {"0", "2", "external data file"},
      {"0", "3", "compression type"},
      {"0", "4", "extended L2 entries"},
      {"1", "0", "lazy refcounts"},
      {"2", "0", "bitmaps"},
      {"2", "1", "raw external data"},
    };
    for (int i = 0; i < expected.length; i++) {
      int at = 136 + 48 * i;
      assertThat(h.get(at)).as("feature type " + i).isEqualTo(Byte.parseByte(expected[i][0]));
      assertThat(h.get(at + 1)).as("feature bit " + i).isEqualTo(Byte.parseByte(expected[i][1]));
      assertThat(text(h, at + 2, 46).replace("\0", "")).isEqualTo(expected[i][2]);
    }
  }

  @ParameterizedTest
  @MethodSource("backings")
  void theBackingDoesNotChangeTheTables(String name, String format) {
    Qcow2Layout with = Qcow2Layout.of(Optional.of(new Qcow2Layout.Backing(name, format)), 5 * TIB);
    Qcow2Layout without = Qcow2Layout.of(Optional.empty(), 5 * TIB);
    assertThat(with.length()).isEqualTo(without.length());
    assertThat(with.regions().get(2).bytes()).isEqualTo(without.regions().get(2).bytes());
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void sizesQcow2HoldsHaveNoProblem(long size) {
    assertThat(Qcow2Layout.problem(Optional.empty(), size)).isEmpty();
  }

  @Test
  void whatQcow2CannotHoldIsAProblem() {
    assertThat(Qcow2Layout.problem(Optional.empty(), -1)).hasValueSatisfying(p -> p.contains("-1"));
    assertThat(Qcow2Layout.problem(Optional.empty(), 2048 * TIB + 1))
        .hasValueSatisfying(p -> p.contains("2 PiB"));
    assertThat(Qcow2Layout.problem(Optional.empty(), Long.MAX_VALUE)).isPresent();
    Optional<Qcow2Layout.Backing> tooLong =
        Optional.of(new Qcow2Layout.Backing("/" + "x".repeat(1023), "raw"));
    assertThat(Qcow2Layout.problem(tooLong, MIB)).hasValueSatisfying(p -> p.contains("1024"));
    assertThatThrownBy(() -> Qcow2Layout.of(tooLong, MIB))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 1023 bytes");
  }

  private static ByteBuffer header(Qcow2Layout layout) {
    assertThat(layout.regions().get(0).offset()).isZero();
    return ByteBuffer.wrap(layout.regions().get(0).bytes());
  }

  private static String text(ByteBuffer h, int at, int length) {
    byte[] b = new byte[length];
    h.get(at, b);
    return new String(b, StandardCharsets.US_ASCII);
  }
}
