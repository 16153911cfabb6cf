package dev.coexist.e2e.cdi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * A test HTTP server for importer pods: serves files by path at a fixed rate (so an import takes
 * long enough to show progress), with Content-Length, on an address of the run's own (the cluster
 * bridge 10.88.0.1) and a random port. Unknown paths are 404.
 */
final class ThrottledFileServer implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, Path> files = new ConcurrentHashMap<>();
  private final long bytesPerSecond;

  ThrottledFileServer(String address, long bytesPerSecond) throws IOException {
    this.bytesPerSecond = bytesPerSecond;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves {@code file} at {@code /name}; returns its URL. */
  String serve(String name, Path file) {
    files.put("/" + name, file);
    InetSocketAddress a = server.getAddress();
    return "http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/" + name;
  }

  private void handle(HttpExchange ex) throws IOException {
    Path file = files.get(ex.getRequestURI().getPath());
    if (file == null) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    long size = Files.size(file);
    ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
    if ("HEAD".equals(ex.getRequestMethod())) {
      ex.getResponseHeaders().add("Content-Length", Long.toString(size));
      ex.sendResponseHeaders(200, -1);
      ex.close();
      return;
    }
    ex.sendResponseHeaders(200, size);
    long start = System.nanoTime();
    long sent = 0;
    byte[] buf = new byte[32 * 1024];
    try (InputStream in = Files.newInputStream(file);
        OutputStream out = ex.getResponseBody()) {
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
        sent += n;
        long due = start + sent * 1_000_000_000L / bytesPerSecond;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((ExecutorService) server.getExecutor()).shutdownNow();
  }
}
