package dev.coexist.importer.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImportPhase;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.importer.format.Checksum;
import dev.coexist.importer.source.Backoff;
import dev.coexist.importer.source.FakeImageSource;
import dev.coexist.importer.source.ImageSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phase machine over the fake source (raw, blank and failure paths need no qemu-img). */
class ImportProcessorTest {
  @TempDir Path dir;

  /** A 4 MiB "disk": a boot sector, random regions and zero regions. */
  static byte[] disk() {
    byte[] b = new byte[4 << 20];
    Random r = new Random(1);
    byte[] chunk = new byte[300_000];
    r.nextBytes(chunk);
    System.arraycopy(chunk, 0, b, 0, chunk.length);
    r.nextBytes(chunk);
    System.arraycopy(chunk, 0, b, 2 << 20, chunk.length);
    b[510] = 0x55;
    b[511] = (byte) 0xaa;
    return b;
  }

  private Path target() {
    return dir.resolve("disk.img");
  }

  private ImportJob job(OptionalLong size, Optional<Checksum> checksum) {
    return new ImportJob(
        ImportJob.Kind.SOURCE, ImportJob.ContentType.KUBEVIRT, target(), dir, size, checksum, 3);
  }

  private ImporterTerminationMessage run(ImportJob job, ImageSource src, RecordingProgress p) {
    return new ImportProcessor(
            job,
            Optional.ofNullable(src),
            new QemuImg("qemu-img"),
            p,
            Backoff.none(),
            Clock.systemUTC())
        .run();
  }

  private static Checksum sha256(byte[] data) throws Exception {
    return Checksum.parse(
        "checksum",
        "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
  }

  private long filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void rawStreamsIntoDiskImgThroughThePhases() throws Exception {
    byte[] disk = disk();
    RecordingProgress p = new RecordingProgress();
    ImporterTerminationMessage m =
        run(job(OptionalLong.empty(), Optional.of(sha256(disk))), FakeImageSource.serving(disk), p);
    assertThat(m.outcome()).as(m.message()).isEqualTo(ImportOutcome.Succeeded);
    assertThat(m.reason()).isEqualTo(ImportReason.Completed);
    assertThat(m.format()).isEqualTo("raw");
    assertThat(m.compression()).isEqualTo("none");
    assertThat(m.bytesDownloaded()).isEqualTo(disk.length);
    assertThat(m.checksum()).startsWith("sha256:");
    assertThat(Files.readAllBytes(target())).isEqualTo(disk);
    assertThat(p.phases)
        .containsExactly(
            ImportPhase.Info,
            ImportPhase.TransferDataFile,
            ImportPhase.Resize,
            ImportPhase.Complete);
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void growsDiskImgToTheUsableSize() {
    byte[] disk = disk();
    ImporterTerminationMessage m =
        run(
            job(OptionalLong.of(16 << 20), Optional.empty()),
            FakeImageSource.serving(disk),
            new RecordingProgress());
    assertThat(m.succeeded()).as(m.message()).isTrue();
    assertThat(target()).hasSize(16 << 20);
    assertThat(m.virtualSize()).isEqualTo(disk.length);
    assertThat(m.diskSize()).isEqualTo(16 << 20);
  }

  @Test
  void aGzippedRawImageIsDecompressedWhileStreaming() throws IOException {
    byte[] disk = disk();
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(disk);
    }
    ImporterTerminationMessage m =
        run(
            job(OptionalLong.empty(), Optional.empty()),
            FakeImageSource.serving(gz.toByteArray()),
            new RecordingProgress());
    assertThat(m.succeeded()).as(m.message()).isTrue();
    assertThat(m.compression()).isEqualTo("gz");
    assertThat(m.bytesDownloaded()).isEqualTo(gz.size());
    assertThat(Files.readAllBytes(target())).isEqualTo(disk);
  }

  @Test
  void checksumMismatchFailsAndLeavesThePreviousDiskUntouched() throws Exception {
    Files.write(target(), "previous".getBytes(StandardCharsets.UTF_8));
    RecordingProgress p = new RecordingProgress();
    ImporterTerminationMessage m =
        run(
            job(OptionalLong.empty(), Optional.of(sha256(new byte[] {1, 2, 3}))),
            FakeImageSource.serving(disk()),
            p);
    assertThat(m.outcome()).isEqualTo(ImportOutcome.Failed);
    assertThat(m.reason()).isEqualTo(ImportReason.ChecksumMismatch);
    assertThat(m.message()).contains("checksum mismatch").contains("was expected");
    assertThat(Files.readString(target())).isEqualTo("previous");
    assertThat(filesIn(dir)).isEqualTo(1);
    assertThat(p.phases).endsWith(ImportPhase.Error);
  }

  @Test
  void aDroppedDownloadIsResumedAndEndsWithTheRightImage() {
    byte[] disk = disk();
    FakeImageSource src = FakeImageSource.serving(disk).dropping(2, 1_500_000);
    ImporterTerminationMessage m =
        run(job(OptionalLong.empty(), Optional.empty()), src, new RecordingProgress());
    assertThat(m.succeeded()).as(m.message()).isTrue();
    assertThat(src.opens()).isEqualTo(3);
  }

  @Test
  void aDownloadThatKeepsDroppingFailsWithoutADisk() throws IOException {
    FakeImageSource src = FakeImageSource.serving(disk()).withoutRanges().dropping(100, 1_000_000);
    ImporterTerminationMessage m =
        run(job(OptionalLong.empty(), Optional.empty()), src, new RecordingProgress());
    assertThat(m.reason()).isEqualTo(ImportReason.TransferFailed);
    assertThat(m.message()).contains("fake://image").contains("after 3 attempts");
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void notFoundIsReportedAsSuch() {
    ImporterTerminationMessage m =
        run(
            job(OptionalLong.empty(), Optional.empty()),
            FakeImageSource.missing(),
            new RecordingProgress());
    assertThat(m.reason()).isEqualTo(ImportReason.NotFound);
    assertThat(m.message()).contains("404");
  }

  @Test
  void anHtmlPageIsNotAnImage() throws IOException {
    byte[] html =
        "<!DOCTYPE html><html><body>Login required</body></html>".getBytes(StandardCharsets.UTF_8);
    ImporterTerminationMessage m =
        run(
            job(OptionalLong.empty(), Optional.empty()),
            FakeImageSource.serving(html),
            new RecordingProgress());
    assertThat(m.reason()).isEqualTo(ImportReason.NotAnImage);
    assertThat(m.message())
        .isEqualTo(
            "fake://image is an HTML page, not a disk image (qcow2, raw, vmdk, vdi, vhd, vhdx, iso)");
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void anImageLargerThanTheUsableSizeFails() throws IOException {
    ImporterTerminationMessage m =
        run(
            job(OptionalLong.of(1 << 20), Optional.empty()),
            FakeImageSource.serving(disk()),
            new RecordingProgress());
    assertThat(m.reason()).isEqualTo(ImportReason.ImageTooLarge);
    assertThat(m.message()).contains("larger than the usable size");
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void aBlankDiskIsASparseRawFileOfTheUsableSize() throws Exception {
    RecordingProgress p = new RecordingProgress();
    ImportJob blank =
        new ImportJob(
            ImportJob.Kind.BLANK,
            ImportJob.ContentType.KUBEVIRT,
            target(),
            dir,
            OptionalLong.of(1L << 30),
            Optional.empty(),
            1);
    ImporterTerminationMessage m = run(blank, null, p);
    assertThat(m.succeeded()).as(m.message()).isTrue();
    assertThat(target()).hasSize(1L << 30);
    assertThat(allocatedBlocks(target())).isLessThan(1024);
    assertThat(p.phases)
        .containsExactly(
            ImportPhase.Info, ImportPhase.Blank, ImportPhase.Resize, ImportPhase.Complete);
  }

  /** 512-byte blocks allocated to a file (stat %b). */
  static long allocatedBlocks(Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("stat", "-c", "%b", file.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    assertThat(p.waitFor()).isZero();
    return Long.parseLong(out);
  }

  @Test
  void leftoversOfACrashedAttemptAreRemovedFirst() throws IOException {
    Files.write(dir.resolve(".disk.img.importing"), new byte[] {9});
    Files.write(dir.resolve(".disk.img.scratch"), new byte[] {9});
    ImporterTerminationMessage m =
        run(
            job(OptionalLong.empty(), Optional.empty()),
            FakeImageSource.serving(disk()),
            new RecordingProgress());
    assertThat(m.succeeded()).as(m.message()).isTrue();
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void cancellingStopsTheImportAsInterrupted() throws IOException {
    FakeImageSource src = FakeImageSource.serving(disk());
    ImportProcessor processor =
        new ImportProcessor(
            job(OptionalLong.empty(), Optional.empty()),
            Optional.of(src),
            new QemuImg("qemu-img"),
            ProgressListener.none(),
            Backoff.none(),
            Clock.systemUTC());
    processor.cancel();
    ImporterTerminationMessage m = processor.run();
    assertThat(m.reason()).isEqualTo(ImportReason.Interrupted);
    assertThat(filesIn(dir)).isZero();
  }
}
