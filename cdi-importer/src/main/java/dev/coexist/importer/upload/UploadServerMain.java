package dev.coexist.importer.upload;

import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.importer.process.QemuImg;
import dev.coexist.importer.report.TerminationMessages;
import dev.coexist.importer.server.ProgressPublisher;
import dev.coexist.importer.server.StatusServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code cdi-importer upload-server}: serves uploads until one succeeds (exit 0) or SIGTERM (exit
 * 1, {@code Interrupted}); the termination message is the importer's, on the same path.
 */
public final class UploadServerMain {
  private static final Logger LOG = LoggerFactory.getLogger(UploadServerMain.class);

  private UploadServerMain() {}

  /** Runs with a parsed configuration; returns the exit code. */
  public static int run(UploadServerConfig config, PrintStream err) {
    SSLContext tls;
    try {
      tls = UploadTls.serverContext(config.certDir());
    } catch (IOException | GeneralSecurityException e) {
      return report(
          config,
          UploadServer.failure(
              ImportReason.InvalidConfiguration,
              "upload server certificates in "
                  + config.certDir()
                  + " (tls.crt, tls.key as PKCS#8, ca.crt): "
                  + e.getMessage()),
          err);
    }
    Clock clock = Clock.systemUTC();
    PrometheusRegistry registry = new PrometheusRegistry();
    ProgressPublisher progress =
        new ProgressPublisher(
            registry, config.importer().ownerUid(), config.importer().progressFile(), clock);
    UploadServer server;
    StatusServer status = null;
    try {
      if (config.importer().metricsPort() != 0) {
        status =
            StatusServer.start(
                config.importer().metricsAddress(),
                config.importer().metricsPort(),
                registry,
                progress::current,
                () -> true);
      }
      server =
          UploadServer.start(
              config.bindAddress(),
              config.port(),
              tls,
              config.clientName(),
              config.job(),
              progress,
              new QemuImg("qemu-img"),
              clock);
    } catch (IOException e) {
      if (status != null) {
        status.close();
      }
      return report(
          config,
          UploadServer.failure(
              ImportReason.InvalidConfiguration, "cannot listen: " + e.getMessage()),
          err);
    }
    LOG.info("upload server ready on port {} for {}", server.port(), config.job().target());
    return serve(config, server, status, err);
  }

  private static int serve(
      UploadServerConfig config, UploadServer server, StatusServer status, PrintStream err) {
    CountDownLatch reported = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              LOG.info("stopping the upload server");
              server.stop();
              awaitQuietly(reported);
            },
            "shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    ImporterTerminationMessage m;
    try {
      m = server.awaitCompletion();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      m = UploadServer.failure(ImportReason.Interrupted, "interrupted");
    }
    int code;
    try {
      code = report(config, m, err);
    } finally {
      server.close();
      if (status != null) {
        status.close();
      }
      reported.countDown();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      LOG.debug("already shutting down");
    }
    return code;
  }

  private static int report(
      UploadServerConfig config, ImporterTerminationMessage m, PrintStream err) {
    config
        .importer()
        .terminationLog()
        .ifPresent(
            path -> {
              try {
                TerminationMessages.write(path, m);
              } catch (IOException e) {
                err.println("cannot write the termination message to " + path + ": " + e);
              }
            });
    if (!m.succeeded()) {
      err.println("upload-server: " + m.message());
    }
    return m.succeeded() ? 0 : 1;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        LOG.warn("the upload server did not stop within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
