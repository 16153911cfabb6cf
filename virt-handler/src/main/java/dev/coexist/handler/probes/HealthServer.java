package dev.coexist.handler.probes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * {@code /healthz} (liveness), {@code /readyz} (readiness) and {@code /metrics} (Prometheus) on one
 * port.
 */
public final class HealthServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "health-http");
            t.setDaemon(true);
            return t;
          });

  /** Binds the port (0 for any) and starts serving. */
  public HealthServer(
      int port, PrometheusRegistry registry, BooleanSupplier live, BooleanSupplier ready)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(port), 16);
    server.createContext("/healthz", ex -> answer(ex, live.getAsBoolean()));
    server.createContext("/readyz", ex -> answer(ex, ready.getAsBoolean()));
    server.createContext("/metrics", new MetricsHandler(registry));
    server.setExecutor(executor);
    server.start();
  }

  /** The port served. */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void answer(HttpExchange ex, boolean ok) throws IOException {
    byte[] body = (ok ? "ok\n" : "not ok\n").getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(ok ? 200 : 503, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
