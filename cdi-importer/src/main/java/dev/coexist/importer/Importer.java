package dev.coexist.importer;

import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterNames;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.importer.process.ImportProcessor;
import dev.coexist.importer.process.QemuImg;
import dev.coexist.importer.report.TerminationMessages;
import dev.coexist.importer.server.ProgressPublisher;
import dev.coexist.importer.server.StatusServer;
import dev.coexist.importer.source.Backoff;
import dev.coexist.importer.source.FileImageSource;
import dev.coexist.importer.source.HttpImageSource;
import dev.coexist.importer.source.HttpSettings;
import dev.coexist.importer.source.ImageSource;
import dev.coexist.importer.source.TlsContexts;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires one import from its config: source, processor, progress, status endpoint, report. */
public final class Importer {
  private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

  private final ImporterConfig config;
  private final Clock clock;
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile ImportProcessor processor;
  private volatile boolean cancelled;

  public Importer(ImporterConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** Runs the import and reports it; returns the termination message. */
  public ImporterTerminationMessage run() {
    PrometheusRegistry registry = new PrometheusRegistry();
    ProgressPublisher progress =
        new ProgressPublisher(registry, config.ownerUid(), config.progressFile(), clock);
    try (StatusServer status = startStatus(registry, progress)) {
      Optional<ImageSource> source = source();
      processor =
          new ImportProcessor(
              config.job(),
              source,
              new QemuImg("qemu-img"),
              progress,
              new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10)),
              clock);
      if (cancelled) {
        processor.cancel();
      }
      started.set(true);
      return processor.run();
    } catch (InvalidSetupException e) {
      return failure(ImportReason.InvalidConfiguration, e.getMessage());
    }
  }

  /** Stops a running import (SIGTERM). */
  public void cancel() {
    cancelled = true;
    ImportProcessor p = processor;
    if (p != null) {
      p.cancel();
    }
  }

  /** Writes the message where the mode wants it: termination log, and stdout when standalone. */
  public void report(ImporterTerminationMessage message, PrintStream stdout) {
    config
        .terminationLog()
        .ifPresent(
            path -> {
              try {
                TerminationMessages.write(path, message);
              } catch (IOException e) {
                LOG.error("could not write the termination message to {}: {}", path, e.toString());
              }
            });
    if (config.mode() == ImporterConfig.Mode.STANDALONE) {
      stdout.println(TerminationMessages.toJson(message));
    }
  }

  private StatusServer startStatus(PrometheusRegistry registry, ProgressPublisher progress)
      throws InvalidSetupException {
    if (config.metricsPort() == 0) {
      return null;
    }
    try {
      StatusServer s =
          StatusServer.start(
              config.metricsAddress(),
              config.metricsPort(),
              registry,
              progress::current,
              started::get);
      LOG.info("metrics, progress and health on port {}", s.port());
      return s;
    } catch (IOException e) {
      throw new InvalidSetupException(
          "cannot serve metrics on port " + config.metricsPort() + ": " + e.getMessage());
    }
  }

  private Optional<ImageSource> source() throws InvalidSetupException {
    switch (config.source()) {
      case BLANK:
        return Optional.empty();
      case PVC:
        return Optional.of(new FileImageSource(config.cloneSource()));
      case UPLOAD:
        throw new InvalidSetupException(
            ImporterNames.ENV_SOURCE + "=upload: run `cdi-importer upload-server` instead");
      default:
        return Optional.of(new HttpImageSource(config.endpoint().orElseThrow(), httpSettings()));
    }
  }

  private HttpSettings httpSettings() throws InvalidSetupException {
    Optional<SSLContext> tls;
    try {
      if (config.insecureTls()) {
        tls = Optional.of(TlsContexts.insecure());
      } else if (config.certDir().isPresent()) {
        tls = Optional.of(TlsContexts.trusting(config.certDir().get()));
      } else {
        tls = Optional.empty();
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new InvalidSetupException(
          "IMPORTER_CERT_DIR: cannot load CA certificates from "
              + config.certDir().map(Object::toString).orElse("-")
              + ": "
              + e.getMessage());
    }
    HttpSettings d = HttpSettings.defaults();
    return new HttpSettings(
        config.credentials(),
        config.headers(),
        tls,
        config.insecureTls(),
        d.connectTimeout(),
        d.readTimeout());
  }

  /** A failure before the processor runs. */
  static ImporterTerminationMessage failure(ImportReason reason, String message) {
    return new ImporterTerminationMessage(
        ImportOutcome.Failed, reason, message, null, null, 0, 0, 0, null, 0);
  }

  private static final class InvalidSetupException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidSetupException(String message) {
      super(message);
    }
  }
}
