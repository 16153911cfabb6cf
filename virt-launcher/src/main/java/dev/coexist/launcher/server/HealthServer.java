package dev.coexist.launcher.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/** {@code /healthz} (the launcher works), {@code /readyz} (the guest runs), {@code /metrics}. */
public final class HealthServer implements AutoCloseable {
  private final HttpServer http;

  private HealthServer(HttpServer http) {
    this.http = http;
  }

  /** Serves on {@code port} (0 = any free port). */
  public static HealthServer start(
      int port, BooleanSupplier healthy, BooleanSupplier ready, PrometheusRegistry registry) {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress(port), 8);
      http.createContext("/healthz", ex -> answer(ex, healthy.getAsBoolean()));
      http.createContext("/readyz", ex -> answer(ex, ready.getAsBoolean()));
      http.createContext("/metrics", new MetricsHandler(registry));
      http.setExecutor(
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "health-http");
                t.setDaemon(true);
                return t;
              }));
      http.start();
      return new HealthServer(http);
    } catch (IOException e) {
      throw new UncheckedIOException("binding the health port " + port, e);
    }
  }

  /** The bound port. */
  public int port() {
    return http.getAddress().getPort();
  }

  private static void answer(HttpExchange ex, boolean ok) throws IOException {
    byte[] body = (ok ? "ok\n" : "not ok\n").getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(ok ? 200 : 503, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
