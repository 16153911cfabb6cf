package dev.coexist.importer.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.importer.ImportPhase;
import dev.coexist.crds.importer.ImportProgress;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressPublisherTest {
  @TempDir Path dir;

  private static double counter(PrometheusRegistry registry) {
    CounterSnapshot s = (CounterSnapshot) registry.scrape().get(0);
    assertThat(s.getMetadata().getPrometheusName()).isEqualTo("kubevirt_cdi_import_progress");
    assertThat(s.getDataPoints().get(0).getLabels().get("ownerUID")).isEqualTo("uid-7");
    return s.getDataPoints().get(0).getValue();
  }

  @Test
  void publishesPercentAsCdisCounterAndAsJson() throws IOException {
    PrometheusRegistry registry = new PrometheusRegistry();
    Path file = dir.resolve("progress.json");
    ProgressPublisher p =
        new ProgressPublisher(registry, "uid-7", Optional.of(file), Clock.systemUTC());
    assertThat(counter(registry)).isZero();
    p.phase(ImportPhase.TransferScratch);
    p.bytes(421_700, OptionalLong.of(1_000_000));
    assertThat(counter(registry)).isEqualTo(42.17, offset(1e-9));
    assertThat(p.current().asDataVolumeProgress()).isEqualTo("42.17%");
    p.bytes(1_000_000, OptionalLong.of(1_000_000));
    assertThat(p.current().percent()).isEqualTo(99.99);
    p.phase(ImportPhase.Complete);
    assertThat(counter(registry)).isEqualTo(100.0, offset(1e-9));
    ImportProgress fromFile = new ObjectMapper().readValue(file.toFile(), ImportProgress.class);
    assertThat(fromFile.phase()).isEqualTo(ImportPhase.Complete);
    assertThat(fromFile.percent()).isEqualTo(100.0);
  }

  @Test
  void withoutALengthProgressIsNotAvailable() {
    ProgressPublisher p =
        new ProgressPublisher(
            new PrometheusRegistry(), "uid-7", Optional.empty(), Clock.systemUTC());
    p.bytes(5, OptionalLong.empty());
    assertThat(p.current().asDataVolumeProgress()).isEqualTo("N/A");
  }
}
