package dev.coexist.importer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.importer.ImportPhase;
import dev.coexist.importer.server.ProgressPublisher;
import dev.coexist.importer.server.StatusServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The importer's HTTP endpoint, as the DataVolume controller scrapes it. */
class StatusServerIT {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesCdisMetricProgressJsonAndProbes() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    ProgressPublisher progress =
        new ProgressPublisher(registry, "0b7e-uid", Optional.empty(), Clock.systemUTC());
    AtomicBoolean started = new AtomicBoolean();
    try (StatusServer s =
        StatusServer.start("127.0.0.1", 0, registry, progress::current, started::get)) {
      assertThat(get(s.port(), "/healthz").statusCode()).isEqualTo(200);
      assertThat(get(s.port(), "/readyz").statusCode()).isEqualTo(503);
      started.set(true);
      progress.phase(ImportPhase.TransferScratch);
      progress.bytes(2_500, OptionalLong.of(10_000));
      assertThat(get(s.port(), "/readyz").statusCode()).isEqualTo(200);
      assertThat(get(s.port(), "/metrics").body())
          .contains("kubevirt_cdi_import_progress_total{ownerUID=\"0b7e-uid\"} 25.0");
      assertThat(get(s.port(), "/progress").body())
          .contains("\"phase\":\"TransferScratch\"")
          .contains("\"percent\":25.0")
          .contains("\"totalBytes\":10000");
    }
  }
}
