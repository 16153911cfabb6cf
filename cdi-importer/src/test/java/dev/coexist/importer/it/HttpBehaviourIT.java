package dev.coexist.importer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.importer.ImporterConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real HTTP servers that misbehave: no ranges, drops, auth, 404, not an image, bad checksums. */
class HttpBehaviourIT {
  @TempDir static Path images;
  @TempDir Path target;

  private static Path raw;
  private static Path qcow2;

  @BeforeAll
  static void buildImages() throws Exception {
    raw = TestImages.sourceRaw(images);
    qcow2 = TestImages.convert(raw, TestImages.Format.QCOW2);
    TestImages.html(images);
  }

  private Path dest() {
    return target.resolve("disk.img");
  }

  private static String sha256(Path f) throws Exception {
    return "sha256:"
        + HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }

  private ImporterTerminationMessage importWith(String url, String... extra) {
    Map<String, String> s = new HashMap<>();
    s.put("IMPORTER_ENDPOINT", url);
    s.put(ImporterConfig.DEST, dest().toString());
    for (int i = 0; i < extra.length; i += 2) {
      s.put(extra[i], extra[i + 1]);
    }
    return ImportRunner.standalone(s);
  }

  private void assertImported(ImporterTerminationMessage m) throws Exception {
    assertThat(m.outcome()).as(m.message()).isEqualTo(ImportOutcome.Succeeded);
    assertThat(TestImages.differences(raw, dest())).isEmpty();
  }

  private void assertNothingLeft() throws IOException {
    try (Stream<Path> s = Files.list(target)) {
      assertThat(s).as("no disk.img and no temporaries").isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"disk.raw", "disk.qcow2"})
  void aServerWithoutHeadOrRangesWorks(String name) throws Exception {
    try (TestHttpServer s = TestHttpServer.withoutRanges(images)) {
      assertImported(importWith(s.url(name)));
      assertThat(s.requests()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"disk.raw", "disk.qcow2"})
  void aDroppedConnectionIsResumedWithARange(String name) throws Exception {
    try (TestHttpServer s = TestHttpServer.dropping(images, true, 2, 3_000_000)) {
      assertImported(importWith(s.url(name)));
      assertThat(s.requests()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"disk.raw", "disk.qcow2"})
  void withoutRangesADroppedDownloadRestartsFromZero(String name) throws Exception {
    try (TestHttpServer s = TestHttpServer.dropping(images, false, 1, 5_000_000)) {
      assertImported(importWith(s.url(name), "IMPORTER_CHECKSUM", sha256(images.resolve(name))));
      assertThat(s.requests()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"disk.raw", "disk.qcow2"})
  void aServerThatAlwaysDropsFailsWithoutLeavingADisk(String name) throws Exception {
    try (TestHttpServer s = TestHttpServer.dropping(images, true, 1000, 1_000_000)) {
      ImporterTerminationMessage m = importWith(s.url(name));
      assertThat(m.reason()).as(m.message()).isEqualTo(ImportReason.TransferFailed);
      assertThat(m.message()).contains(s.url(name)).contains("failed after 3 attempts");
      assertNothingLeft();
    }
  }

  @Test
  void basicAuthFromTheSecretIsSent() throws Exception {
    try (TestHttpServer s = TestHttpServer.withBasicAuth(images, "alice", "s3cret")) {
      assertImported(
          importWith(
              s.url("disk.qcow2"),
              "IMPORTER_ACCESS_KEY_ID",
              "alice",
              "IMPORTER_SECRET_KEY",
              "s3cret"));
    }
  }

  @Test
  void basicAuthFromAMountedSecretDirectory() throws Exception {
    Path secret = Files.createDirectories(target.resolveSibling(target.getFileName() + "-secret"));
    Files.writeString(secret.resolve("accessKeyId"), "alice\n");
    Files.writeString(secret.resolve("secretKey"), "s3cret\n");
    try (TestHttpServer s = TestHttpServer.withBasicAuth(images, "alice", "s3cret")) {
      assertImported(importWith(s.url("disk.raw"), "IMPORTER_SECRET_DIR", secret.toString()));
    }
  }

  @Test
  void wrongCredentialsAreUnauthorized() throws Exception {
    try (TestHttpServer s = TestHttpServer.withBasicAuth(images, "alice", "s3cret")) {
      ImporterTerminationMessage m =
          importWith(
              s.url("disk.raw"), "IMPORTER_ACCESS_KEY_ID", "alice", "IMPORTER_SECRET_KEY", "guess");
      assertThat(m.reason()).isEqualTo(ImportReason.Unauthorized);
      assertThat(m.message())
          .contains("401")
          .contains("refused the credentials")
          .doesNotContain("guess");
      assertNothingLeft();
      ImporterTerminationMessage none = importWith(s.url("disk.raw"));
      assertThat(none.reason()).isEqualTo(ImportReason.Unauthorized);
      assertThat(none.message()).contains("secretRef");
    }
  }

  @Test
  void aMissingImageIsNotFound() throws Exception {
    try (TestHttpServer s = TestHttpServer.files(images)) {
      ImporterTerminationMessage m = importWith(s.url("no-such-image.qcow2"));
      assertThat(m.reason()).isEqualTo(ImportReason.NotFound);
      assertThat(m.message())
          .isEqualTo(
              s.url("no-such-image.qcow2")
                  + " returned 404 Not Found: there is no image at this URL");
      assertNothingLeft();
    }
  }

  @Test
  void anHtmlPageIsNotAnImage() throws Exception {
    try (TestHttpServer s = TestHttpServer.files(images)) {
      ImporterTerminationMessage m = importWith(s.url("login.html"));
      assertThat(m.reason()).isEqualTo(ImportReason.NotAnImage);
      assertThat(m.message())
          .isEqualTo(
              s.url("login.html")
                  + " is an HTML page, not a disk image (qcow2, raw, vmdk, vdi, vhd, vhdx, iso)");
      assertNothingLeft();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"disk.raw", "disk.qcow2"})
  void aChecksumMismatchFailsAndKeepsThePreviousDisk(String name) throws Exception {
    Files.writeString(dest(), "the previous disk", StandardCharsets.UTF_8);
    try (TestHttpServer s = TestHttpServer.files(images)) {
      ImporterTerminationMessage m =
          importWith(s.url(name), "IMPORTER_CHECKSUM", "sha256:" + "0".repeat(64));
      assertThat(m.outcome()).isEqualTo(ImportOutcome.Failed);
      assertThat(m.reason()).isEqualTo(ImportReason.ChecksumMismatch);
      assertThat(m.checksum()).isEqualTo(sha256(images.resolve(name)));
      assertThat(Files.readString(dest())).isEqualTo("the previous disk");
      try (Stream<Path> files = Files.list(target)) {
        assertThat(files).containsExactly(dest());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"md5", "sha1", "sha256", "sha512"})
  void aMatchingChecksumIsVerified(String algorithm) throws Exception {
    String jca =
        Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512")
            .get(algorithm);
    String digest =
        algorithm
            + ":"
            + HexFormat.of()
                .formatHex(MessageDigest.getInstance(jca).digest(Files.readAllBytes(qcow2)));
    try (TestHttpServer s = TestHttpServer.files(images)) {
      ImporterTerminationMessage m = importWith(s.url("disk.qcow2"), "IMPORTER_CHECKSUM", digest);
      assertImported(m);
      assertThat(m.checksum()).isEqualTo(digest);
    }
  }

  @Test
  void diskImgIsResizedToTheRequestedSize() throws Exception {
    try (TestHttpServer s = TestHttpServer.files(images)) {
      ImporterTerminationMessage m =
          importWith(s.url("disk.qcow2"), "IMPORTER_IMAGE_SIZE", "100Mi");
      assertThat(m.succeeded()).as(m.message()).isTrue();
      assertThat(dest()).hasSize(100L << 20);
      assertThat(m.virtualSize()).isEqualTo(TestImages.SIZE);
      TestImages.run(
          List.of(
              "qemu-img", "compare", "-f", "raw", "-F", "raw", raw.toString(), dest().toString()));
    }
  }

  @Test
  void anImageLargerThanTheVolumeIsRefusedBeforeConverting() throws Exception {
    try (TestHttpServer s = TestHttpServer.files(images)) {
      ImporterTerminationMessage m = importWith(s.url("disk.qcow2"), "IMPORTER_IMAGE_SIZE", "16Mi");
      assertThat(m.reason()).isEqualTo(ImportReason.ImageTooLarge);
      assertNothingLeft();
    }
  }
}
