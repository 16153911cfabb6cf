package dev.coexist.importer.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.UploadNames;
import dev.coexist.importer.ImporterConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadServerConfigTest {
  @Test
  void defaultsFollowCdiAndThePodContract() {
    UploadServerConfig c = UploadServerConfig.parse(Map.of("IMPORTER_IMAGE_SIZE", "1Gi"));
    assertThat(c.port()).isEqualTo(UploadNames.PORT);
    assertThat(c.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(c.certDir()).isEqualTo(Path.of(UploadNames.CERT_DIR));
    assertThat(c.clientName()).isEqualTo(UploadNames.DEFAULT_CLIENT_NAME);
    assertThat(c.importer().source()).isEqualTo(ImporterConfig.SourceKind.UPLOAD);
    assertThat(c.importer().metricsPort()).isEqualTo(UploadNames.STATUS_PORT);
    assertThat(c.job().target()).isEqualTo(Path.of("/data/disk.img"));
    assertThat(c.job().attempts()).as("an upload is never retried by the server").isEqualTo(1);
    assertThat(c.job().usableSize()).isPresent();
  }

  @Test
  void badValuesNameTheVariable() {
    assertThatThrownBy(() -> UploadServerConfig.parse(Map.of(UploadNames.ENV_PORT, "x")))
        .hasMessageStartingWith(UploadNames.ENV_PORT);
    assertThatThrownBy(
            () ->
                UploadServerConfig.parse(
                    Map.of(UploadNames.ENV_PORT, "9000", "IMPORTER_METRICS_PORT", "9000")))
        .hasMessageContaining("two ports");
    assertThatThrownBy(() -> UploadServerConfig.parse(Map.of("IMPORTER_CHECKSUM", "crc:1")))
        .hasMessageStartingWith("IMPORTER_CHECKSUM");
  }

  @Test
  void clientMistakesAre400AndServerTroubles500() {
    assertThat(UploadServer.statusFor(ImportReason.NotAnImage)).isEqualTo(400);
    assertThat(UploadServer.statusFor(ImportReason.ChecksumMismatch)).isEqualTo(400);
    assertThat(UploadServer.statusFor(ImportReason.TransferFailed)).isEqualTo(400);
    assertThat(UploadServer.statusFor(ImportReason.WriteFailed)).isEqualTo(500);
  }
}
