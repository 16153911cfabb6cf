package dev.coexist.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.importer.process.ImportJob;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterConfigTest {
  @TempDir Path dir;

  private static ImporterConfig pod(Map<String, String> env) {
    return ImporterConfig.parse(ImporterConfig.Mode.POD, env);
  }

  @Test
  void aPodGetsCdisDefaults() {
    ImporterConfig c =
        pod(
            Map.of(
                "IMPORTER_ENDPOINT", "https://images.example/fedora.qcow2",
                "IMPORTER_IMAGE_SIZE", "10Gi",
                "OWNER_UID", "uid-1"));
    assertThat(c.source()).isEqualTo(ImporterConfig.SourceKind.HTTP);
    assertThat(c.contentType()).isEqualTo(ImportJob.ContentType.KUBEVIRT);
    assertThat(c.target()).isEqualTo(Path.of("/data/disk.img"));
    assertThat(c.scratchDir()).isEqualTo(Path.of("/data"));
    assertThat(c.filesystemOverhead()).isEqualByComparingTo(new BigDecimal("0.06"));
    assertThat(c.usableSize()).hasValue(9625L << 20);
    assertThat(c.terminationLog()).contains(Path.of("/dev/termination-log"));
    assertThat(c.metricsPort()).isEqualTo(8443);
    assertThat(c.metricsAddress()).isEqualTo("0.0.0.0");
    assertThat(c.attempts()).isEqualTo(5);
    assertThat(c.ownerUid()).isEqualTo("uid-1");
    assertThat(c.progressFile()).isEmpty();
  }

  @Test
  void standaloneFlagsMapOntoTheSameVariables() {
    Map<String, String> s =
        StandaloneArgs.settings(
            Map.of(),
            List.of(
                "--url=http://127.0.0.1:8080/disk.qcow2",
                "--dest=" + dir.resolve("out.img"),
                "--checksum=sha256:" + "a".repeat(64),
                "--size=2Gi",
                "--header=X-Token: abc",
                "--insecure"));
    ImporterConfig c = ImporterConfig.parse(ImporterConfig.Mode.STANDALONE, s);
    assertThat(c.target()).isEqualTo(dir.resolve("out.img"));
    assertThat(c.usableSize()).hasValue(2L << 30);
    assertThat(c.checksum()).isPresent();
    assertThat(c.headers())
        .extracting(h -> h.name() + "=" + h.value())
        .containsExactly("X-Token=abc");
    assertThat(c.insecureTls()).isTrue();
    assertThat(c.terminationLog()).isEmpty();
    assertThat(c.metricsPort()).isZero();
  }

  @Test
  void headersAndCredentialsComeFromCdisVariablesAndMountedSecrets() throws IOException {
    Path secret = Files.createDirectories(dir.resolve("secret"));
    Files.writeString(secret.resolve("accessKeyId"), "alice\n");
    Files.writeString(secret.resolve("secretKey"), "s3cret");
    Path headers = Files.createDirectories(dir.resolve("headers/h0"));
    Files.writeString(headers.resolve("value"), "Authorization: Bearer t0k3n");
    ImporterConfig c =
        pod(
            Map.of(
                "IMPORTER_ENDPOINT", "http://x/y",
                "IMPORTER_SECRET_DIR", secret.toString(),
                "IMPORTER_EXTRA_HEADER_0", "X-A: 1",
                "IMPORTER_EXTRA_HEADER_1", "X-B: 2",
                "IMPORTER_SECRET_EXTRA_HEADERS_DIR", dir.resolve("headers").toString()));
    assertThat(c.credentials()).hasValueSatisfying(cr -> assertThat(cr.user()).isEqualTo("alice"));
    assertThat(c.credentials().get().password()).isEqualTo("s3cret");
    assertThat(c.credentials().get().toString()).doesNotContain("s3cret");
    assertThat(c.headers())
        .extracting(h -> h.name())
        .containsExactly("X-A", "X-B", "Authorization");
    assertThat(c.headers().toString()).doesNotContain("t0k3n");
  }

  @Test
  void badInputNamesTheVariable() {
    assertThatThrownBy(() -> pod(Map.of())).hasMessageStartingWith("IMPORTER_ENDPOINT: required");
    assertThatThrownBy(() -> pod(Map.of("IMPORTER_ENDPOINT", "ftp://x/y")))
        .hasMessageStartingWith("IMPORTER_ENDPOINT: 'ftp://x/y' is not an http(s) URL");
    assertThatThrownBy(
            () -> pod(Map.of("IMPORTER_ENDPOINT", "http://x/y", "IMPORTER_IMAGE_SIZE", "ten")))
        .hasMessageStartingWith("IMPORTER_IMAGE_SIZE: ");
    assertThatThrownBy(() -> pod(Map.of("IMPORTER_SOURCE", "registry")))
        .hasMessageStartingWith("IMPORTER_SOURCE: 'registry' is not supported");
    assertThatThrownBy(() -> pod(Map.of("IMPORTER_SOURCE", "blank")))
        .hasMessageStartingWith("IMPORTER_IMAGE_SIZE: required for a blank disk");
    assertThatThrownBy(
            () -> pod(Map.of("IMPORTER_ENDPOINT", "http://x/y", "IMPORTER_ACCESS_KEY_ID", "alice")))
        .hasMessageContaining("set both");
    assertThatThrownBy(
            () ->
                pod(
                    Map.of(
                        "IMPORTER_ENDPOINT", "http://x/y", "IMPORTER_EXTRA_HEADER_0", "no colon")))
        .hasMessageStartingWith("IMPORTER_EXTRA_HEADER_0: expected 'Name: value'");
    assertThatThrownBy(
            () -> pod(Map.of("IMPORTER_ENDPOINT", "http://x/y", "IMPORTER_RETRIES", "0")))
        .hasMessageStartingWith("IMPORTER_RETRIES: must be in [1, 100]");
    assertThatThrownBy(
            () ->
                ImporterConfig.parse(
                    ImporterConfig.Mode.STANDALONE, Map.of("IMPORTER_ENDPOINT", "http://x/y")))
        .hasMessageStartingWith("--dest: required");
  }

  @Test
  void unknownFlagsAreUsageErrors() {
    assertThatThrownBy(() -> StandaloneArgs.settings(Map.of(), List.of("--colour=blue")))
        .hasMessageContaining("--colour=blue");
    assertThatThrownBy(() -> StandaloneArgs.settings(Map.of(), List.of("positional")))
        .hasMessageContaining("positional");
  }

  @Test
  void anArchiveTargetsTheDirectory() {
    ImporterConfig c =
        pod(Map.of("IMPORTER_ENDPOINT", "http://x/a.tar", "IMPORTER_CONTENTTYPE", "archive"));
    assertThat(c.target()).isEqualTo(Path.of("/data"));
    assertThat(c.job().contentType()).isEqualTo(ImportJob.ContentType.ARCHIVE);
  }
}
