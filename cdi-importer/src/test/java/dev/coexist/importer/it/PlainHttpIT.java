package dev.coexist.importer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.importer.source.HttpImageSource;
import dev.coexist.importer.source.HttpSettings;
import dev.coexist.importer.source.ImageSource;
import dev.coexist.importer.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plain-HTTP fast path of {@link HttpImageSource} against a real server: what it leaves to
 * HttpURLConnection (redirects, chunked bodies) still works, extra headers are sent, a stalled body
 * times out, and closing the body from another thread ends a blocked read.
 */
class PlainHttpIT {
  private static final byte[] CONTENT = content();

  private HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile String seenHeader;

  private static byte[] content() {
    byte[] b = new byte[2 * 1024 * 1024 + 3];
    new Random(5).nextBytes(b);
    return b;
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/plain", ex -> send(ex, CONTENT.length));
    server.createContext("/chunked", ex -> send(ex, 0));
    server.createContext(
        "/redirect",
        ex -> {
          try (ex) {
            ex.getResponseHeaders().add("Location", url("/plain"));
            ex.sendResponseHeaders(302, -1);
          }
        });
    server.createContext("/stall", this::stall);
    server.setExecutor(executor);
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void send(HttpExchange ex, long length) throws IOException {
    try (ex) {
      seenHeader = ex.getRequestHeaders().getFirst("X-Token");
      ex.sendResponseHeaders(200, length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(CONTENT);
      }
    }
  }

  private void stall(HttpExchange ex) throws IOException {
    try (ex) {
      ex.sendResponseHeaders(200, CONTENT.length);
      OutputStream out = ex.getResponseBody();
      out.write(CONTENT, 0, 1000);
      out.flush();
      release.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpImageSource source(String path, Duration readTimeout) {
    HttpSettings d = HttpSettings.defaults();
    HttpSettings s =
        new HttpSettings(
            d.credentials(),
            List.of(new HttpSettings.Header("X-Token", "t0k")),
            Optional.empty(),
            false,
            d.connectTimeout(),
            readTimeout);
    return new HttpImageSource(URI.create(url(path)), s);
  }

  private static byte[] readAllDirect(InputStream in) throws IOException {
    ByteBuffer b = ByteBuffer.allocateDirect(CONTENT.length + 1);
    while (ImageSource.read(in, b) >= 0 && b.hasRemaining()) {
      // keep reading
    }
    byte[] out = new byte[b.flip().remaining()];
    b.get(out);
    return out;
  }

  @Test
  void aPlainBodyIsReadWithItsLengthAndTheExtraHeaderIsSent() throws IOException {
    ImageSource.Opened o = source("/plain", Duration.ofSeconds(30)).open(0);
    try (InputStream in = o.body()) {
      assertThat(readAllDirect(in)).isEqualTo(CONTENT);
    }
    assertThat(o.totalLength()).hasValue(CONTENT.length);
    assertThat(seenHeader).isEqualTo("t0k");
  }

  @Test
  void aRedirectIsFollowed() throws IOException {
    try (InputStream in = source("/redirect", Duration.ofSeconds(30)).open(0).body()) {
      assertThat(readAllDirect(in)).isEqualTo(CONTENT);
    }
  }

  @Test
  void aChunkedBodyIsReadWithoutALength() throws IOException {
    ImageSource.Opened o = source("/chunked", Duration.ofSeconds(30)).open(0);
    try (InputStream in = o.body()) {
      assertThat(readAllDirect(in)).isEqualTo(CONTENT);
    }
    assertThat(o.totalLength()).isEmpty();
  }

  @Test
  void aMissingPathIsNotFound() {
    assertThatThrownBy(() -> source("/nothing", Duration.ofSeconds(30)).open(0))
        .isInstanceOfSatisfying(
            SourceException.class, e -> assertThat(e.reason()).isEqualTo(ImportReason.NotFound));
  }

  @Test
  void aStalledBodyTimesOut() throws IOException {
    try (InputStream in = source("/stall", Duration.ofMillis(300)).open(0).body()) {
      assertThatThrownBy(() -> readAllDirect(in)).isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void closingTheBodyEndsABlockedRead() throws Exception {
    InputStream in = source("/stall", Duration.ofMinutes(5)).open(0).body();
    CompletableFuture<byte[]> reading =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return readAllDirect(in);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(reading).isNotDone();
    in.close();
    assertThatThrownBy(() -> reading.get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasRootCauseInstanceOf(IOException.class);
  }
}
