package dev.coexist.importer.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImportPhase;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.importer.format.Checksum;
import dev.coexist.importer.it.TestHttpServer;
import dev.coexist.importer.source.Backoff;
import dev.coexist.importer.source.FakeImageSource;
import dev.coexist.importer.source.HttpImageSource;
import dev.coexist.importer.source.HttpSettings;
import dev.coexist.importer.source.ImageSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory window with real qemu-img and a window far smaller than the image, so chunks leave
 * memory: images read out of download order (spilled to scratch), a qcow2 that makes qemu-img read
 * bytes again after they were dropped (the import starts again through scratch), tables far ahead
 * fetched with range requests — and a source whose range answers differ from its download.
 */
class WindowedConversionIT {
  private static final int CHUNK = 64 << 10;

  /**
   * 4 chunks in memory, and the first 4 (a qcow2's header, refcount table and block, L1) pinned.
   */
  private static final WindowSettings TINY =
      new WindowSettings(CHUNK, 4L * CHUNK, 4L * CHUNK, Duration.ofMillis(20));

  private static final long DISK = 8L << 20;

  @TempDir Path dir;

  private Path raw() throws IOException {
    byte[] b = new byte[(int) DISK];
    new Random(3).nextBytes(b);
    Arrays.fill(b, 3 << 20, 4 << 20, (byte) 0); // a hole
    Path p = dir.resolve("src.raw");
    Files.write(p, b);
    return p;
  }

  private static void run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", cmd[0]).isTrue();
    assertThat(p.exitValue())
        .as(
            "%s: %s (a missing tool: run `bash hack/install-deps.sh`, qemu-utils)",
            String.join(" ", cmd), out)
        .isZero();
  }

  private ImportJob job(Path target, byte[] image) throws Exception {
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image));
    return new ImportJob(
        ImportJob.Kind.SOURCE,
        ImportJob.ContentType.KUBEVIRT,
        target,
        dir.resolve("scratch"),
        OptionalLong.empty(),
        Optional.of(Checksum.parse("checksum", "sha256:" + sha)),
        3);
  }

  private record Result(
      ImporterTerminationMessage message, String window, List<ImportPhase> phases) {}

  private Result importWindowed(ImageSource source, byte[] image, Path target) throws Exception {
    return importWindowed(source, image, target, TINY);
  }

  private Result importWindowed(
      ImageSource source, byte[] image, Path target, WindowSettings settings) throws Exception {
    RecordingProgress progress = new RecordingProgress();
    ImportProcessor p =
        new ImportProcessor(
            job(target, image),
            Optional.of(source),
            new QemuImg("qemu-img"),
            progress,
            Backoff.none(),
            Clock.systemUTC(),
            Optional.of(settings));
    ImporterTerminationMessage m = p.run();
    return new Result(m, p.windowSummary(), new ArrayList<>(progress.phases));
  }

  /** qemu-img compare of the imported raw disk with the source image. */
  private static void assertIdentical(Path imported, Path image, String format) throws Exception {
    run(
        "qemu-img",
        "compare",
        "-q",
        "-f",
        "raw",
        "-F",
        format,
        imported.toString(),
        image.toString());
  }

  private void assertNoLeftovers(Path target) throws IOException {
    try (Stream<Path> s = Files.list(target.getParent())) {
      assertThat(s.map(x -> x.getFileName().toString())).allMatch(n -> !n.contains("tmp"));
    }
    if (Files.isDirectory(dir.resolve("scratch"))) {
      try (Stream<Path> s = Files.list(dir.resolve("scratch"))) {
        assertThat(s).as("scratch space after the import").isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"qcow2", "vmdk", "vdi", "vpc", "vhdx"})
  void everyFormatConvertsIdenticallyThroughATinyWindow(String format) throws Exception {
    Path image = dir.resolve("img." + format);
    List<String> cmd = new ArrayList<>(List.of("qemu-img", "convert", "-f", "raw", "-O", format));
    if (format.equals("vmdk")) {
      cmd.addAll(List.of("-o", "subformat=streamOptimized"));
    }
    if (format.equals("vpc")) {
      cmd.addAll(List.of("-o", "subformat=dynamic,force_size=on"));
    }
    cmd.addAll(List.of(raw().toString(), image.toString()));
    run(cmd.toArray(String[]::new));
    byte[] bytes = Files.readAllBytes(image);
    for (boolean ranges : new boolean[] {true, false}) {
      Path target = Files.createDirectories(dir.resolve("t-" + ranges)).resolve("disk.img");
      FakeImageSource src = FakeImageSource.serving(bytes);
      Result r = importWindowed(ranges ? src : src.withoutRanges(), bytes, target);
      assertThat(r.message().outcome())
          .as(r.message().message())
          .isEqualTo(ImportOutcome.Succeeded);
      assertThat(r.window()).as("ranges %s", ranges).contains("bytes downloaded");
      assertIdentical(target, image, format);
      assertNoLeftovers(target);
    }
  }

  @Test
  void aQcow2LaidOutBackwardsIsSpilledToScratchAndStillConvertedInOneDownload() throws Exception {
    Path image = dir.resolve("backwards.qcow2");
    run("qemu-img", "create", "-q", "-f", "qcow2", image.toString(), Long.toString(DISK));
    for (int mib = (int) (DISK >> 20) - 1; mib >= 0; mib--) {
      // written last MiB first: the clusters of the end of the disk come first in the file
      run(
          "qemu-io",
          "-f",
          "qcow2",
          "-c",
          "write -P " + (mib + 1) + " " + mib + "M 1M",
          image.toString());
    }
    byte[] bytes = Files.readAllBytes(image);
    Path target = dir.resolve("disk.img");
    Result r = importWindowed(FakeImageSource.serving(bytes).withoutRanges(), bytes, target);
    assertThat(r.message().outcome()).as(r.message().message()).isEqualTo(ImportOutcome.Succeeded);
    assertThat(r.window()).doesNotContain(", 0 spilled").doesNotContain("missed");
    assertThat(r.phases().stream().filter(p -> p == ImportPhase.Info)).hasSize(1);
    assertIdentical(target, image, "qcow2");
    assertNoLeftovers(target);
  }

  @Test
  void aQcow2ReadingDroppedBytesAgainIsImportedAgainThroughScratch() throws Exception {
    byte[] disk = new byte[40 << 20];
    new Random(5).nextBytes(disk);
    Path raw = dir.resolve("big.raw");
    Files.write(raw, disk);
    Path image = dir.resolve("shared.qcow2");
    run("qemu-img", "convert", "-f", "raw", "-O", "qcow2", raw.toString(), image.toString());
    // guest cluster 600 points at the host cluster of guest cluster 1: qemu-img reads it twice,
    // the second time ~37 MiB later, long after the window dropped it
    Qcow2 q = Qcow2.read(image);
    q.setL2Entry(600, q.l2Entry(1));
    byte[] bytes = Files.readAllBytes(image);
    Path target = dir.resolve("disk.img");
    // a window wider than qemu-img's reads in flight (8 x 2 MiB) and a patient download: chunks
    // qemu-img has read are dropped, not spilled ahead of it
    WindowSettings wide = new WindowSettings(CHUNK, 20L << 20, 4L * CHUNK, Duration.ofSeconds(30));
    Result r = importWindowed(FakeImageSource.serving(bytes), bytes, target, wide);
    assertThat(r.message().outcome()).as(r.message().message()).isEqualTo(ImportOutcome.Succeeded);
    assertThat(r.window()).contains("a read missed the window");
    assertThat(r.phases().stream().filter(p -> p == ImportPhase.Info)).hasSize(2);
    assertThat(r.message().bytesDownloaded()).isEqualTo(bytes.length);
    assertIdentical(target, image, "qcow2");
    assertNoLeftovers(target);
  }

  @Test
  void tablesFarAheadComeFromRangeRequestsAndADifferentAnswerFailsTheImport() throws Exception {
    Path image = dir.resolve("small-clusters.qcow2");
    run(
        "qemu-img",
        "convert",
        "-f",
        "raw",
        "-O",
        "qcow2",
        "-o",
        "cluster_size=4096",
        raw().toString(),
        image.toString());
    byte[] bytes = Files.readAllBytes(image);
    Path good = Files.createDirectories(dir.resolve("good")).resolve("disk.img");
    Result ok = importWindowed(FakeImageSource.serving(bytes), bytes, good);
    assertThat(ok.message().outcome())
        .as(ok.message().message())
        .isEqualTo(ImportOutcome.Succeeded);
    assertThat(ok.window()).doesNotContain(" 0 range requests");
    assertIdentical(good, image, "qcow2");

    // the same image, but range requests see the last L2 table's first entry as a zero cluster:
    // qemu-img would happily convert that to zeros; the comparison with the download must fail it
    Qcow2 q = Qcow2.read(image);
    long flagByte = q.lastL2Table() + 7;
    Path bad = Files.createDirectories(dir.resolve("bad")).resolve("disk.img");
    Result changed = importWindowed(new ChangingRanges(bytes, flagByte), bytes, bad);
    assertThat(changed.message().outcome()).isEqualTo(ImportOutcome.Failed);
    assertThat(changed.message().reason()).isEqualTo(ImportReason.TransferFailed);
    assertThat(changed.message().message()).contains("the source changed during the import");
    assertThat(bad).doesNotExist();
    assertNoLeftovers(bad);
  }

  @Test
  void overHttpTheTablesFarAheadAreFetchedWithRangeRequests() throws Exception {
    Path served = Files.createDirectories(dir.resolve("served"));
    Path image = served.resolve("small-clusters.qcow2");
    run(
        "qemu-img",
        "convert",
        "-f",
        "raw",
        "-O",
        "qcow2",
        "-o",
        "cluster_size=4096",
        raw().toString(),
        image.toString());
    byte[] bytes = Files.readAllBytes(image);
    Path target = dir.resolve("disk.img");
    try (TestHttpServer server = TestHttpServer.files(served)) {
      HttpImageSource source =
          new HttpImageSource(
              URI.create(server.url("small-clusters.qcow2")), HttpSettings.defaults());
      Result r = importWindowed(source, bytes, target);
      assertThat(r.message().outcome())
          .as(r.message().message())
          .isEqualTo(ImportOutcome.Succeeded);
      assertThat(r.window()).doesNotContain(" 0 range requests");
      assertThat(server.requests()).isGreaterThan(1);
    }
    assertIdentical(target, image, "qcow2");
    assertNoLeftovers(target);
  }

  @Test
  void aMidStreamDropIsResumedAndTheWindowedImportIsIdentical() throws Exception {
    Path image = dir.resolve("dropped.qcow2");
    run("qemu-img", "convert", "-f", "raw", "-O", "qcow2", raw().toString(), image.toString());
    byte[] bytes = Files.readAllBytes(image);
    Path target = dir.resolve("disk.img");
    Result r = importWindowed(FakeImageSource.serving(bytes).dropping(2, 3_000_000), bytes, target);
    assertThat(r.message().outcome()).as(r.message().message()).isEqualTo(ImportOutcome.Succeeded);
    assertIdentical(target, image, "qcow2");
  }

  /** Serves {@code content}; answers to range requests (offset > 0) have one bit flipped. */
  private record ChangingRanges(byte[] content, long flip) implements ImageSource {
    @Override
    public Opened open(long offset) {
      byte[] b = Arrays.copyOfRange(content, (int) offset, content.length);
      if (offset > 0 && flip >= offset) {
        b[(int) (flip - offset)] ^= 1;
      }
      return new Opened(new ByteArrayInputStream(b), OptionalLong.of(content.length), true, offset);
    }

    @Override
    public String describe() {
      return "changing://image";
    }
  }

  /** Just enough of a qcow2 file to find and patch L2 entries (the first L1 entry's table). */
  private record Qcow2(Path path, long clusterSize, long[] l1) {
    static Qcow2 read(Path path) throws IOException {
      ByteBuffer h = ByteBuffer.wrap(Files.readAllBytes(path));
      long cluster = 1L << h.getInt(20);
      int l1Size = h.getInt(36);
      long l1Offset = h.getLong(40);
      long[] l1 = new long[l1Size];
      for (int i = 0; i < l1Size; i++) {
        l1[i] = h.getLong((int) l1Offset + 8 * i) & 0x00fffffffffffe00L;
      }
      return new Qcow2(path, cluster, l1);
    }

    private long entryOffset(int guestCluster) {
      long perTable = clusterSize / 8;
      return l1[(int) (guestCluster / perTable)] + 8 * (guestCluster % perTable);
    }

    long l2Entry(int guestCluster) throws IOException {
      return ByteBuffer.wrap(Files.readAllBytes(path)).getLong((int) entryOffset(guestCluster));
    }

    void setL2Entry(int guestCluster, long value) throws IOException {
      byte[] b = Files.readAllBytes(path);
      ByteBuffer.wrap(b).putLong((int) entryOffset(guestCluster), value);
      Files.write(path, b);
    }

    /** The file offset of the L2 table that comes last in the file. */
    long lastL2Table() {
      return Arrays.stream(l1).max().orElseThrow();
    }
  }
}
