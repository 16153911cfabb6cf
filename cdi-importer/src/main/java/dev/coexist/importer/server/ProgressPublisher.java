package dev.coexist.importer.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.importer.ImportPhase;
import dev.coexist.crds.importer.ImportProgress;
import dev.coexist.crds.importer.ImporterNames;
import dev.coexist.importer.process.ProgressListener;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes progress three ways: CDI's counter {@code kubevirt_cdi_import_progress_total{ownerUID}}
 * (value = percent) for a controller that scrapes like CDI's, the typed {@link ImportProgress}
 * served as JSON on {@code /progress}, and optionally the same JSON in a file (rewritten atomically
 * at most once a second and on every phase change).
 */
public final class ProgressPublisher implements ProgressListener {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressPublisher.class);
  private static final long FILE_INTERVAL_MILLIS = 1000;

  private final Counter counter;
  private final String ownerUid;
  private final Optional<Path> file;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private volatile ImportProgress current;
  private double reportedPercent;
  private long lastFileWrite;

  public ProgressPublisher(
      PrometheusRegistry registry, String ownerUid, Optional<Path> file, Clock clock) {
    this.counter =
        Counter.builder()
            .name(ImporterNames.PROGRESS_METRIC)
            .help("The import progress in percent")
            .labelNames(ImporterNames.PROGRESS_METRIC_LABEL)
            .register(registry);
    this.ownerUid = ownerUid;
    this.file = file;
    this.clock = clock;
    this.current = new ImportProgress(ImportPhase.Info, -1, 0, -1, clock.millis());
    counter.labelValues(ownerUid).inc(0);
  }

  /** The latest snapshot. */
  public ImportProgress current() {
    return current;
  }

  @Override
  public synchronized void phase(ImportPhase phase) {
    ImportProgress p = current;
    double percent = phase == ImportPhase.Complete ? 100 : p.percent();
    current =
        new ImportProgress(phase, percent, p.bytesDownloaded(), p.totalBytes(), clock.millis());
    publishPercent(percent);
    writeFile(true);
  }

  @Override
  public synchronized void bytes(long downloaded, OptionalLong total) {
    ImportProgress p = current;
    double percent = -1;
    if (total.isPresent() && total.getAsLong() > 0) {
      // 100% is reserved for Complete: a finished download may still be converting
      percent = Math.min(99.99, Math.floor(downloaded * 10000.0 / total.getAsLong()) / 100);
    }
    current = new ImportProgress(p.phase(), percent, downloaded, total.orElse(-1), clock.millis());
    publishPercent(percent);
    writeFile(false);
  }

  private void publishPercent(double percent) {
    if (percent > reportedPercent) {
      counter.labelValues(ownerUid).inc(percent - reportedPercent);
      reportedPercent = percent;
    }
  }

  private void writeFile(boolean force) {
    if (file.isEmpty()) {
      return;
    }
    long now = clock.millis();
    if (!force && now - lastFileWrite < FILE_INTERVAL_MILLIS) {
      return;
    }
    lastFileWrite = now;
    Path target = file.get();
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      Files.write(tmp, json.writeValueAsBytes(current));
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.warn("could not write the progress file {}: {}", target, e.toString());
    }
  }
}
