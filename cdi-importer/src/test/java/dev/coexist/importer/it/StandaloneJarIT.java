package dev.coexist.importer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.importer.report.TerminationMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as `make import` runs it: exit codes, JSON on stdout, every mode. */
class StandaloneJarIT {
  @TempDir static Path images;
  @TempDir Path out;

  private static Path raw;

  @BeforeAll
  static void build() throws Exception {
    raw = TestImages.sourceRaw(images);
    TestImages.convert(raw, TestImages.Format.QCOW2);
    Path content = Files.createDirectories(images.resolve("content/sub"));
    Files.writeString(content.resolve("hello.txt"), "hello\n");
    TestImages.run(
        List.of(
            "tar",
            "-C",
            images.resolve("content").toString(),
            "-czf",
            images.resolve("files.tar.gz").toString(),
            "."));
  }

  private record Run(int exit, ImporterTerminationMessage message, String stderr) {}

  private static Path jar() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("target"))) {
      return s.filter(p -> p.getFileName().toString().matches("cdi-importer-.*\\.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException("target/cdi-importer-*.jar missing: run mvn package"));
    }
  }

  private static Run run(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar().toString(), "import"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    byte[] stdout = p.getInputStream().readAllBytes();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String json = new String(stdout, StandardCharsets.UTF_8).strip();
    return new Run(
        p.exitValue(), json.isEmpty() ? null : TerminationMessages.fromJson(json), stderr);
  }

  @Test
  void exitsZeroOnlyForAVerifiedImage() throws Exception {
    try (TestHttpServer s = TestHttpServer.files(images)) {
      Path dest = out.resolve("disk.img");
      Run ok = run("--url=" + s.url("disk.qcow2"), "--dest=" + dest, "--size=64Mi");
      assertThat(ok.exit()).as(ok.stderr()).isZero();
      assertThat(ok.message().succeeded()).isTrue();
      assertThat(dest).hasSize(64L << 20);
      Run missing = run("--url=" + s.url("nope.qcow2"), "--dest=" + out.resolve("x.img"));
      assertThat(missing.exit()).isEqualTo(1);
      assertThat(missing.message().reason()).isEqualTo(ImportReason.NotFound);
      Run usage = run("--url=" + s.url("disk.qcow2"));
      assertThat(usage.exit()).isEqualTo(2);
      assertThat(usage.message().reason()).isEqualTo(ImportReason.InvalidConfiguration);
      assertThat(usage.stderr()).contains("--dest: required");
    }
  }

  @Test
  void blankClonesAndArchives() throws Exception {
    Run blank = run("--source=blank", "--dest=" + out.resolve("blank.img"), "--size=1Gi");
    assertThat(blank.exit()).as(blank.stderr()).isZero();
    assertThat(out.resolve("blank.img")).hasSize(1L << 30);

    Run clone = run("--source=pvc", "--clone-from=" + raw, "--dest=" + out.resolve("clone.img"));
    assertThat(clone.exit()).as(clone.stderr()).isZero();
    assertThat(TestImages.differences(raw, out.resolve("clone.img"))).isEmpty();

    try (TestHttpServer s = TestHttpServer.files(images)) {
      Path dir = Files.createDirectories(out.resolve("pvc"));
      Run archive =
          run("--url=" + s.url("files.tar.gz"), "--content-type=archive", "--dest=" + dir);
      assertThat(archive.exit()).as(archive.stderr()).isZero();
      assertThat(dir.resolve("sub/hello.txt")).hasContent("hello");
      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left).containsExactly(dir.resolve("sub"));
      }
      Run notTar = run("--url=" + s.url("disk.qcow2"), "--content-type=archive", "--dest=" + dir);
      assertThat(notTar.message().reason()).isEqualTo(ImportReason.NotAnImage);
    }
  }
}
