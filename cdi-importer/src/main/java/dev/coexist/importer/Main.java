package dev.coexist.importer;

import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterNames;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.crds.importer.UploadNames;
import dev.coexist.importer.report.TerminationMessages;
import dev.coexist.importer.upload.UploadServerConfig;
import dev.coexist.importer.upload.UploadServerMain;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the coexist cdi-importer. In a pod it is configured by the environment (CDI's
 * IMPORTER_* names); standalone ({@code cdi-importer import --url=… --dest=…}) by flags. Exit code
 * 0 only for a complete, verified image; 1 for a failed import; 2 for a usage error.
 */
public final class Main {
  static final String BINARY = "cdi-importer";
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  /** The version this binary was built as. */
  static String version() {
    Properties props = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("/coexist-" + BINARY + ".properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "coexist-" + BINARY + ".properties missing from the classpath");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the build version", e);
    }
    return props.getProperty("version");
  }

  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args), System.getenv(), System.out, System.err));
  }

  static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.size() == 1 && "--version".equals(args.get(0))) {
      out.println(BINARY + " " + version());
      return 0;
    }
    ImporterConfig.Mode mode;
    Map<String, String> settings;
    if (args.isEmpty()) {
      mode = ImporterConfig.Mode.POD;
      settings = env;
    } else if ("import".equals(args.get(0))) {
      mode = ImporterConfig.Mode.STANDALONE;
      try {
        settings = StandaloneArgs.settings(env, args.subList(1, args.size()));
      } catch (IllegalArgumentException e) {
        err.println(BINARY + ": " + e.getMessage());
        err.println(StandaloneArgs.USAGE);
        return 2;
      }
    } else if (UploadNames.MODE_ARG.equals(args.get(0)) && args.size() == 1) {
      return uploadServer(env, err);
    } else {
      err.println(StandaloneArgs.USAGE);
      return 2;
    }
    ImporterConfig config;
    try {
      config = ImporterConfig.parse(mode, settings);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      return invalidConfig(mode, settings, e.getMessage(), out, err);
    }
    return runImport(config, out);
  }

  private static int uploadServer(Map<String, String> env, PrintStream err) {
    UploadServerConfig config;
    try {
      config = UploadServerConfig.parse(env);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      return invalidConfig(ImporterConfig.Mode.POD, env, e.getMessage(), System.out, err);
    }
    LOG.info("starting {} {} upload-server: {}", BINARY, version(), config.importer());
    return UploadServerMain.run(config, err);
  }

  private static int runImport(ImporterConfig config, PrintStream out) {
    LOG.info("starting {} {}: {}", BINARY, version(), config);
    Importer importer = new Importer(config, Clock.systemUTC());
    CountDownLatch reported = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              LOG.info("stopping: cancelling the import");
              importer.cancel();
              awaitQuietly(reported);
            },
            "shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    ImporterTerminationMessage message;
    try {
      message = importer.run();
    } catch (RuntimeException e) {
      LOG.error("internal error", e);
      message = Importer.failure(ImportReason.InternalError, "internal error: " + e);
    }
    try {
      importer.report(message, out);
    } finally {
      reported.countDown();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      LOG.debug("already shutting down");
    }
    return message.succeeded() ? 0 : 1;
  }

  private static int invalidConfig(
      ImporterConfig.Mode mode,
      Map<String, String> settings,
      String problem,
      PrintStream out,
      PrintStream err) {
    ImporterTerminationMessage m = Importer.failure(ImportReason.InvalidConfiguration, problem);
    err.println(BINARY + ": " + problem);
    if (mode == ImporterConfig.Mode.STANDALONE) {
      out.println(TerminationMessages.toJson(m));
      return 2;
    }
    String path =
        settings.getOrDefault(ImporterNames.ENV_TERMINATION_LOG, ImporterNames.TERMINATION_LOG);
    try {
      TerminationMessages.write(Path.of(path), m);
    } catch (IOException e) {
      err.println(BINARY + ": cannot write the termination message to " + path + ": " + e);
    }
    return 1;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        LOG.warn("the import did not stop within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
