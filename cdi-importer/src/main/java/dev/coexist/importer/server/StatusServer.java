package dev.coexist.importer.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.coexist.crds.importer.ImportProgress;
import dev.coexist.crds.importer.ImporterNames;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The importer's HTTP endpoint: {@code /metrics} (Prometheus), {@code /progress} (JSON {@link
 * ImportProgress}), {@code /healthz} and {@code /readyz}.
 */
public final class StatusServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private StatusServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts serving on {@code address:port} (port 0: any free port).
   *
   * @param ready whether the import has started
   */
  public static StatusServer start(
      String address,
      int port,
      PrometheusRegistry registry,
      Supplier<ImportProgress> progress,
      BooleanSupplier ready)
      throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(address, port), 16);
    ObjectMapper json = new ObjectMapper();
    s.createContext(ImporterNames.METRICS_PATH, new MetricsHandler(registry));
    s.createContext(ImporterNames.HEALTH_PATH, ex -> respond(ex, 200, "text/plain", "ok\n"));
    s.createContext(
        ImporterNames.READY_PATH,
        ex ->
            respond(
                ex,
                ready.getAsBoolean() ? 200 : 503,
                "text/plain",
                ready.getAsBoolean() ? "ready\n" : "starting\n"));
    s.createContext(
        ImporterNames.PROGRESS_PATH,
        ex -> respond(ex, 200, "application/json", json.writeValueAsString(progress.get())));
    ExecutorService executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "status-http");
              t.setDaemon(true);
              return t;
            });
    s.setExecutor(executor);
    s.start();
    return new StatusServer(s, executor);
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void respond(HttpExchange ex, int code, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
