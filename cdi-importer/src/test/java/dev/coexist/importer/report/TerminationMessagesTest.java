package dev.coexist.importer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminationMessagesTest {

  @Test
  void serialisesEveryFieldByName() throws IOException {
    ImporterTerminationMessage m =
        new ImporterTerminationMessage(
            ImportOutcome.Succeeded,
            ImportReason.Completed,
            "imported",
            "qcow2",
            "xz",
            123,
            456,
            789,
            "sha256:00",
            1000);
    JsonNode n = new ObjectMapper().readTree(TerminationMessages.toJson(m));
    assertThat(n.path("outcome").asText()).isEqualTo("Succeeded");
    assertThat(n.path("reason").asText()).isEqualTo("Completed");
    assertThat(n.path("message").asText()).isEqualTo("imported");
    assertThat(n.path("format").asText()).isEqualTo("qcow2");
    assertThat(n.path("compression").asText()).isEqualTo("xz");
    assertThat(n.path("bytesDownloaded").asLong()).isEqualTo(123);
    assertThat(n.path("virtualSize").asLong()).isEqualTo(456);
    assertThat(n.path("diskSize").asLong()).isEqualTo(789);
    assertThat(n.path("checksum").asText()).isEqualTo("sha256:00");
    assertThat(n.path("durationMillis").asLong()).isEqualTo(1000);
    assertThat(TerminationMessages.fromJson(TerminationMessages.toJson(m))).isEqualTo(m);
  }

  @Test
  void leavesUnknownFieldsOut() {
    ImporterTerminationMessage m =
        new ImporterTerminationMessage(
            ImportOutcome.Failed, ImportReason.NotFound, "404", null, null, 0, 0, 0, null, 5);
    assertThat(TerminationMessages.toJson(m))
        .doesNotContain("format")
        .doesNotContain("checksum")
        .contains("\"reason\":\"NotFound\"");
  }

  @Test
  void staysUnderKubernetesLimitWithAHugeMessage() {
    String huge = "é".repeat(100_000);
    ImporterTerminationMessage m =
        new ImporterTerminationMessage(
            ImportOutcome.Failed,
            ImportReason.ConversionFailed,
            huge,
            "vmdk",
            "gz",
            1,
            2,
            0,
            null,
            3);
    byte[] json = TerminationMessages.toJson(m).getBytes(StandardCharsets.UTF_8);
    assertThat(json.length).isLessThanOrEqualTo(ImporterTerminationMessage.MAX_BYTES);
    assertThat(m.message()).endsWith("…");
  }
}
