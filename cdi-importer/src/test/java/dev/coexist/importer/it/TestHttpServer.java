package dev.coexist.importer.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP server for the ITs, on 127.0.0.1 and an ephemeral port, serving the files of a
 * directory. Behaviours: with or without range support (and HEAD), basic auth, dropping the
 * connection mid-body for the first N requests, an HTML page.
 */
public final class TestHttpServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  private final Path root;
  private final boolean ranges;
  private final String authorization;
  private final int drops;
  private final long dropAfter;
  private final AtomicInteger requests = new AtomicInteger();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  private TestHttpServer(
      Path root, boolean ranges, String user, String password, int drops, long dropAfter)
      throws IOException {
    this(root, ranges, user, password, drops, dropAfter, null);
  }

  private TestHttpServer(
      Path root,
      boolean ranges,
      String user,
      String password,
      int drops,
      long dropAfter,
      SSLContext tls)
      throws IOException {
    this.root = root;
    this.ranges = ranges;
    this.authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.drops = drops;
    this.dropAfter = dropAfter;
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      this.server = HttpServer.create(loopback, 16);
    } else {
      HttpsServer https = HttpsServer.create(loopback, 16);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      this.server = https;
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Serves {@code root} with ranges. */
  public static TestHttpServer files(Path root) throws IOException {
    return new TestHttpServer(root, true, null, null, 0, 0);
  }

  /** Serves {@code root} without HEAD and without range support. */
  static TestHttpServer withoutRanges(Path root) throws IOException {
    return new TestHttpServer(root, false, null, null, 0, 0);
  }

  /** Requires basic auth. */
  static TestHttpServer withBasicAuth(Path root, String user, String password) throws IOException {
    return new TestHttpServer(root, true, user, password, 0, 0);
  }

  /** Drops the first {@code drops} bodies after {@code after} bytes. */
  static TestHttpServer dropping(Path root, boolean ranges, int drops, long after)
      throws IOException {
    return new TestHttpServer(root, ranges, null, null, drops, after);
  }

  /**
   * Serves {@code root} with ranges over TLS with the server key and certificate of {@code tls}.
   */
  static TestHttpServer https(Path root, SSLContext tls) throws IOException {
    return new TestHttpServer(root, true, null, null, 0, 0, tls);
  }

  public String url(String name) {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
  }

  public int requests() {
    return requests.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    int n = requests.incrementAndGet();
    try (ex) {
      if (authorization != null
          && !authorization.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"images\"");
        ex.sendResponseHeaders(401, -1);
        return;
      }
      if (!ranges && "HEAD".equals(ex.getRequestMethod())) {
        ex.sendResponseHeaders(405, -1);
        return;
      }
      Path file = root.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      serve(ex, file, n <= drops);
    }
  }

  private void serve(HttpExchange ex, Path file, boolean drop) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      long start = 0;
      String range = ex.getRequestHeaders().getFirst("Range");
      Matcher m = range == null ? null : RANGE.matcher(range);
      if (ranges) {
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
      }
      if (ranges && m != null && m.matches()) {
        start = Long.parseLong(m.group(1));
        ex.getResponseHeaders()
            .set("Content-Range", "bytes " + start + "-" + (size - 1) + "/" + size);
        ex.sendResponseHeaders(206, size - start);
      } else {
        ex.sendResponseHeaders(200, size);
      }
      if ("HEAD".equals(ex.getRequestMethod())) {
        return;
      }
      long limit = drop ? Math.min(size, start + dropAfter) : size;
      OutputStream out = ex.getResponseBody();
      byte[] buf = new byte[1 << 16];
      ch.position(start);
      long pos = start;
      while (pos < limit) {
        int len = ch.read(ByteBuffer.wrap(buf, 0, (int) Math.min(buf.length, limit - pos)));
        out.write(buf, 0, len);
        pos += len;
      }
      out.flush();
      if (drop) {
        // an exception in the handler makes the JDK server close the connection mid-body
        throw new IOException("dropping the connection on purpose at byte " + pos);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
