package dev.coexist.handler;

import dev.coexist.handler.console.ConsoleConfig;
import dev.coexist.handler.console.ConsoleServer;
import dev.coexist.handler.console.ConsoleService;
import dev.coexist.handler.console.ConsoleTargets;
import dev.coexist.handler.console.UnixStreamConnector;
import dev.coexist.handler.launcher.UnixSocketLauncherClient;
import dev.coexist.handler.node.HostKvmProbe;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point of the coexist virt-handler binary: parses the config and wires the handler. */
public final class Main {
  static final String BINARY = "virt-handler";
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

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 1 && "--version".equals(args[0])) {
      System.out.println(BINARY + " " + version());
      return;
    }
    if (args.length != 0) {
      System.err.println(
          "usage: " + BINARY + " [--version]   (configured by environment, see docs/handler.md)");
      System.exit(2);
    }
    HandlerConfig config;
    ConsoleConfig consoleConfig;
    try {
      config = HandlerConfig.fromEnv(System.getenv());
      consoleConfig = ConsoleConfig.fromEnv(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(BINARY + ": " + e.getMessage());
      System.exit(2);
      return;
    }
    LOG.info("{} {} starting: {}, {}", BINARY, version(), config, consoleConfig);
    ScheduledExecutorService timer = Handler.newTimer();
    KubernetesClient client =
        new KubernetesClientBuilder().withKubernetesSerialization(ModelJson.SHARED).build();
    Handler handler =
        new Handler(
            config,
            client,
            new HostKvmProbe(config.devKvm(), config.sysModule(), config.forcedEmulation()),
            UnixSocketLauncherClient.connector(
                timer, config.commandTimeout(), config.syncTimeout()),
            timer);
    Optional<Console> console =
        consoleConfig.enabled()
            ? Optional.of(Console.start(consoleConfig, config, handler, timer))
            : Optional.empty();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  console.ifPresent(Console::close);
                  handler.close();
                  timer.shutdownNow();
                  client.close();
                  stopped.countDown();
                },
                "shutdown"));
    stopped.await();
  }

  /** The console server (port 8186) and what it runs on. */
  private record Console(Vertx vertx, ExecutorService io, ConsoleService service) {
    static Console start(
        ConsoleConfig cc, HandlerConfig config, Handler handler, ScheduledExecutorService timer) {
      Vertx vertx = Vertx.vertx();
      AtomicInteger n = new AtomicInteger();
      ExecutorService io =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "console-io-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      ConsoleServer server =
          new ConsoleServer(
              vertx,
              new ConsoleTargets(handler.view(), config.podsDir(), config.nodeName()),
              UnixSocketLauncherClient.connector(
                  timer, config.commandTimeout(), config.syncTimeout()),
              new UnixStreamConnector(),
              cc.clientCn(),
              io);
      server.registerMetrics(handler.metricsRegistry());
      ConsoleService service = new ConsoleService(cc, server, "0.0.0.0");
      service.start(timer);
      return new Console(vertx, io, service);
    }

    void close() {
      service.close();
      io.shutdownNow();
      vertx.close().toCompletionStage().toCompletableFuture().join();
    }
  }
}
