package dev.coexist.launcher.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.launcher.process.Processes;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java-written qcow2 images against the real {@code qemu-img create}: byte for byte the same
 * file (and file mode), {@code qemu-img check} clean, and {@code qemu-img info} reads the backing
 * file, its format and the virtual size. Nothing is booted.
 */
class Qcow2WriterIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(1);
  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;
  private static final long TIB = 1L << 40;
  private final DiskImages images = new DiskImages();
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dir;

  /** backing format, backing size, expected virtual size, directory name length of the backing. */
  static Stream<Arguments> backings() {
    return Stream.of(
        Arguments.of("qcow2", 512L, 512L, 1),
        Arguments.of("qcow2", 11 * MIB, 11 * MIB, 1),
        Arguments.of("qcow2", 64 * MIB + 512, 64 * MIB + 512, 40),
        Arguments.of("qcow2", 10 * GIB, 10 * GIB, 200),
        Arguments.of("qcow2", 5 * TIB, 5 * TIB, 1),
        Arguments.of("raw", 0L, 0L, 1),
        Arguments.of("raw", 1000L, 1024L, 1),
        Arguments.of("raw", 11 * MIB, 11 * MIB, 60),
        Arguments.of("raw", 10 * GIB + 12345, 10 * GIB + 12800, 250));
  }

  @ParameterizedTest
  @MethodSource("backings")
  void anOverlayIsWhatQemuImgWrites(String format, long size, long virtual, int dirName)
      throws Exception {
    Path base = backing(format, size, dirName);
    assertWrittenInJava(base, format, virtual);
    Path ours = dir.resolve("ours.qcow2");
    Path theirs = dir.resolve("theirs.qcow2");
    images.overlay(base, format, ours);
    qemuImg("create", "-q", "-f", "qcow2", "-F", format, "-b", base.toString(), theirs.toString());

    assertSameFile(ours, theirs);
    qemuImg("check", "-q", ours.toString());
    JsonNode info = info(ours);
    assertThat(info.path("format").asText()).isEqualTo("qcow2");
    assertThat(info.path("virtual-size").asLong()).isEqualTo(virtual);
    assertThat(info.path("backing-filename").asText()).isEqualTo(base.toString());
    assertThat(info.path("full-backing-filename").asText()).isEqualTo(base.toString());
    assertThat(info.path("backing-filename-format").asText()).isEqualTo(format);
    assertThat(info.path("dirty-flag").asBoolean()).isFalse();
  }

  @Test
  void theLongestBackingNameQcow2AllowsFits() throws Exception {
    Path deep = dir;
    while (deep.toString().length() < 1023 - 220) {
      deep = deep.resolve("n".repeat(200));
    }
    Path base = deep.resolve("b".repeat(1022 - deep.toString().length()));
    Files.createDirectories(deep);
    assertThat(base.toString()).hasSize(1023);
    qemuImg("create", "-q", "-f", "qcow2", base.toString(), "1M");
    assertWrittenInJava(base, "qcow2", MIB);
    Path ours = dir.resolve("ours.qcow2");
    Path theirs = dir.resolve("theirs.qcow2");
    images.overlay(base, "qcow2", ours);
    qemuImg("create", "-q", "-f", "qcow2", "-F", "qcow2", "-b", base.toString(), theirs.toString());
    assertSameFile(ours, theirs);
    qemuImg("check", "-q", ours.toString());
    assertThat(info(ours).path("backing-filename").asText()).isEqualTo(base.toString());
  }

  @Test
  void aQcow2BackingOfAnOddSizeCountsWholeSectorsAsQemuDoes() throws Exception {
    Path base = dir.resolve("odd.qcow2");
    qemuImg("create", "-q", "-f", "qcow2", base.toString(), "1M");
    try (RandomAccessFile f = new RandomAccessFile(base.toFile(), "rw")) {
      f.seek(24);
      f.writeLong(1000); // a header whose size is not a multiple of 512
    }
    assertWrittenInJava(base, "qcow2", 512);
    Path ours = dir.resolve("ours.qcow2");
    Path theirs = dir.resolve("theirs.qcow2");
    images.overlay(base, "qcow2", ours);
    qemuImg("create", "-q", "-f", "qcow2", "-F", "qcow2", "-b", base.toString(), theirs.toString());
    assertSameFile(ours, theirs);
    assertThat(info(ours).path("virtual-size").asLong()).isEqualTo(512);
  }

  @ParameterizedTest
  @MethodSource("emptySizes")
  void anEmptyImageIsWhatQemuImgWrites(long size) throws Exception {
    assertThat(Qcow2Layout.problem(Optional.empty(), size)).as("written in Java").isEmpty();
    Path ours = dir.resolve("ours.qcow2");
    Path theirs = dir.resolve("theirs.qcow2");
    images.empty(ours, size);
    qemuImg("create", "-q", "-f", "qcow2", theirs.toString(), Long.toString(size));
    assertSameFile(ours, theirs);
    qemuImg("check", "-q", ours.toString());
    JsonNode info = info(ours);
    assertThat(info.path("virtual-size").asLong()).isEqualTo((size + 511) / 512 * 512);
    assertThat(info.has("backing-filename")).isFalse();
  }

  static Stream<Long> emptySizes() {
    return Stream.of(1000L, 11 * MIB, GIB, 10 * GIB + 3 * 1024);
  }

  @Test
  void otherBackingFormatsAreLeftToQemuImg() throws Exception {
    Path base = dir.resolve("base.vmdk");
    qemuImg("create", "-q", "-f", "vmdk", base.toString(), "11M");
    assertThat(Qcow2Writer.backingSize(base, "vmdk")).isEmpty();
    Path ours = dir.resolve("ours.qcow2");
    images.overlay(base, images.format(base), ours);
    qemuImg("check", "-q", ours.toString());
    JsonNode info = info(ours);
    assertThat(info.path("backing-filename-format").asText()).isEqualTo("vmdk");
    assertThat(info.path("virtual-size").asLong()).isEqualTo(11 * MIB);
  }

  @Test
  void encryptedOrUnknownQcow2BackingsAreLeftToQemuImg() throws Exception {
    Path base = dir.resolve("base.qcow2");
    qemuImg("create", "-q", "-f", "qcow2", base.toString(), "1M");
    assertThat(Qcow2Writer.backingSize(base, "qcow2")).hasValue(MIB);
    patchInt(base, 32, 2); // crypt_method LUKS
    assertThat(Qcow2Writer.backingSize(base, "qcow2")).isEmpty();
    patchInt(base, 32, 0);
    patchInt(base, 76, 1 << 7); // an incompatible feature bit qemu 7.2 does not know
    assertThat(Qcow2Writer.backingSize(base, "qcow2")).isEmpty();
    assertThat(Qcow2Writer.backingSize(dir, "raw")).as("not a regular file").isEmpty();
  }

  @Test
  void aFailedWriteLeavesNoFile() throws Exception {
    Path exists = dir.resolve("exists.qcow2");
    Files.write(exists, new byte[] {1});
    assertThatThrownBy(() -> images.empty(exists, MIB)).hasMessageContaining(exists.toString());
    assertThat(Files.readAllBytes(exists)).as("an existing file is not touched").hasSize(1);
  }

  private Path backing(String format, long size, int dirName) throws Exception {
    Path d = Files.createDirectories(dir.resolve("d".repeat(dirName)));
    Path base = d.resolve("disk." + format);
    if ("raw".equals(format)) {
      try (RandomAccessFile f = new RandomAccessFile(base.toFile(), "rw")) {
        f.setLength(size);
      }
    } else {
      qemuImg("create", "-q", "-f", "qcow2", base.toString(), Long.toString(size));
    }
    return base;
  }

  /** The overlay over {@code base} is the Java writer's, not qemu-img's (the fallback). */
  private static void assertWrittenInJava(Path base, String format, long virtual) {
    assertThat(Qcow2Writer.backingSize(base, format)).hasValue(virtual);
    Optional<Qcow2Layout.Backing> named =
        Optional.of(new Qcow2Layout.Backing(base.toString(), format));
    assertThat(Qcow2Layout.problem(named, virtual)).as("written in Java").isEmpty();
  }

  private static void assertSameFile(Path ours, Path theirs) throws Exception {
    assertThat(Files.size(ours)).as("length").isEqualTo(Files.size(theirs));
    assertThat(Files.mismatch(ours, theirs)).as("first differing byte").isEqualTo(-1L);
    assertThat(Files.getPosixFilePermissions(ours))
        .as("file mode")
        .isEqualTo(Files.getPosixFilePermissions(theirs));
  }

  private static void patchInt(Path file, long offset, int value) throws Exception {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.allocate(4).putInt(0, value), offset);
    }
  }

  private JsonNode info(Path image) throws Exception {
    return json.readTree(qemuImg("info", "--output=json", "-U", image.toString()));
  }

  private static String qemuImg(String... args) {
    List<String> cmd = new ArrayList<>(List.of("qemu-img"));
    cmd.addAll(List.of(args));
    return Processes.run(cmd, TIMEOUT);
  }
}
