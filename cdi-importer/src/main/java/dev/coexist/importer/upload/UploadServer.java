package dev.coexist.importer.upload;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.crds.importer.UploadNames;
import dev.coexist.importer.process.ImportJob;
import dev.coexist.importer.process.ImportProcessor;
import dev.coexist.importer.process.ProgressListener;
import dev.coexist.importer.process.QemuImg;
import dev.coexist.importer.source.Backoff;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * CDI's upload server ({@code cdi-upload-<pvc>}): HTTPS, uploads accepted only from a client
 * certificate signed by the configured CA (the upload proxy), one upload at a time. The request
 * body goes through the importer's own pipeline (format and compression detection, checksum,
 * qemu-img conversion, resize, temporary name + rename), so disk.img exists only when complete and
 * verified. A failed or interrupted upload leaves no disk.img and the server ready for the next
 * attempt; a successful one completes {@link #completion()}, after which the process exits.
 *
 * <ul>
 *   <li>{@code POST /v1beta1/upload}: 200 once the image is complete;
 *   <li>{@code POST /v1beta1/upload-async}: 200 once every byte is received, processing continues;
 *   <li>{@code /healthz}: 200 (no client certificate needed).
 * </ul>
 *
 * An upload while another runs gets 503; after success every upload gets 409.
 */
public final class UploadServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UploadServer.class);
  private static final long DRAIN_LIMIT = 64L << 20;

  /** The server's state. */
  public enum State {
    READY,
    UPLOADING,
    DONE
  }

  private final HttpsServer server;
  private final ExecutorService executor;
  private final ImportJob job;
  private final String clientName;
  private final ProgressListener progress;
  private final QemuImg qemuImg;
  private final Clock clock;
  private final AtomicReference<State> state = new AtomicReference<>(State.READY);
  private final AtomicReference<ImportProcessor> running = new AtomicReference<>();
  private final AtomicReference<ImporterTerminationMessage> lastFailure = new AtomicReference<>();
  private final CompletableFuture<ImporterTerminationMessage> done = new CompletableFuture<>();

  private UploadServer(
      HttpsServer server,
      ExecutorService executor,
      ImportJob job,
      String clientName,
      ProgressListener progress,
      QemuImg qemuImg,
      Clock clock) {
    this.server = server;
    this.executor = executor;
    this.job = job;
    this.clientName = clientName;
    this.progress = progress;
    this.qemuImg = qemuImg;
    this.clock = clock;
  }

  /**
   * Listens on {@code address:port} (0: any free port).
   *
   * @param clientName the CN the client certificate must have; empty accepts any the CA signed
   */
  public static UploadServer start(
      String address,
      int port,
      SSLContext tls,
      String clientName,
      ImportJob job,
      ProgressListener progress,
      QemuImg qemuImg,
      Clock clock)
      throws IOException {
    HttpsServer s = HttpsServer.create(new InetSocketAddress(address, port), 16);
    s.setHttpsConfigurator(
        new HttpsConfigurator(tls) {
          @Override
          public void configure(HttpsParameters params) {
            SSLParameters p = tls.getDefaultSSLParameters();
            p.setWantClientAuth(true);
            params.setSSLParameters(p);
          }
        });
    ExecutorService executor =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "upload-http");
              t.setDaemon(true);
              return t;
            });
    s.setExecutor(executor);
    UploadServer u = new UploadServer(s, executor, job, clientName, progress, qemuImg, clock);
    s.createContext(UploadNames.HEALTH_PATH, ex -> respond(ex, 200, "ok\n"));
    s.createContext(UploadNames.SYNC_PATH, ex -> u.upload(ex, false));
    s.createContext(UploadNames.ASYNC_PATH, ex -> u.upload(ex, true));
    s.createContext("/", ex -> respond(ex, 404, "not found: " + ex.getRequestURI().getPath()));
    s.start();
    return u;
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The current state. */
  public State state() {
    return state.get();
  }

  /** The last failed attempt, if any (the server stays ready after it). */
  public Optional<ImporterTerminationMessage> lastFailure() {
    return Optional.ofNullable(lastFailure.get());
  }

  /** Completes with the successful upload's message, or {@code Interrupted} after {@link #stop}. */
  public CompletableFuture<ImporterTerminationMessage> completion() {
    return done;
  }

  /** Waits for {@link #completion()}. */
  public ImporterTerminationMessage awaitCompletion() throws InterruptedException {
    try {
      return done.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the upload server failed", e.getCause());
    }
  }

  /** SIGTERM: cancels a running upload (it cleans up) and completes as Interrupted. */
  public void stop() {
    ImportProcessor p = running.get();
    if (p != null) {
      p.cancel();
    }
    done.complete(
        failure(
            ImportReason.Interrupted,
            p == null
                ? "the upload server was stopped before an upload completed"
                : "the upload server was stopped during an upload; nothing was written"));
  }

  private void upload(HttpExchange ex, boolean async) throws IOException {
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    if ("HEAD".equals(method)) {
      respond(ex, 200, "");
      return;
    }
    if (!"POST".equals(method)) {
      ex.getResponseHeaders().set("Allow", "POST, HEAD");
      respond(ex, 405, method + " is not allowed: POST the image\n");
      return;
    }
    Optional<String> denied = checkClient(ex);
    if (denied.isPresent()) {
      drain(ex);
      respond(ex, 401, denied.get() + "\n");
      return;
    }
    if (!state.compareAndSet(State.READY, State.UPLOADING)) {
      boolean finished = state.get() == State.DONE;
      drain(ex);
      respond(
          ex,
          finished ? 409 : 503,
          finished
              ? "the upload already completed\n"
              : "an upload is already in progress: wait for it or retry later\n");
      return;
    }
    try (MDC.MDCCloseable ignored =
        MDC.putCloseable("upload", String.valueOf(ex.getRemoteAddress()))) {
      receive(ex, async);
    } finally {
      ex.close();
    }
  }

  private void receive(HttpExchange ex, boolean async) {
    OptionalLong length = contentLength(ex);
    AtomicBoolean answered = new AtomicBoolean();
    Runnable onReceived =
        () -> {
          if (async && answered.compareAndSet(false, true)) {
            LOG.info("all bytes received: answering the asynchronous upload, processing goes on");
            respondQuietly(ex, 200, "upload received, processing\n");
          }
        };
    UploadImageSource source =
        new UploadImageSource(
            ex.getRequestBody(), length, "the upload from " + ex.getRemoteAddress(), onReceived);
    ImportProcessor processor =
        new ImportProcessor(job, Optional.of(source), qemuImg, progress, Backoff.none(), clock);
    running.set(processor);
    LOG.info(
        "upload started ({}, {} bytes announced)",
        async ? "async" : "sync",
        length.isPresent() ? length.getAsLong() : "no length");
    ImporterTerminationMessage m;
    try {
      m = processor.run();
    } catch (RuntimeException e) {
      LOG.error("internal error", e);
      m = failure(ImportReason.InternalError, "internal error: " + e);
    } finally {
      running.set(null);
    }
    if (m.succeeded()) {
      state.set(State.DONE);
      if (answered.compareAndSet(false, true)) {
        respondQuietly(ex, 200, m.message() + "\n");
      }
      done.complete(m);
      return;
    }
    lastFailure.set(m);
    state.set(State.READY);
    if (answered.compareAndSet(false, true)) {
      respondQuietly(ex, statusFor(m.reason()), m.message() + "\n");
    } else {
      LOG.error("the asynchronous upload failed after it was received: {}", m.message());
    }
  }

  /** 400 for what the client sent, 500 for the server's own trouble. */
  static int statusFor(ImportReason reason) {
    switch (reason) {
      case NotAnImage:
      case ChecksumMismatch:
      case ImageTooLarge:
      case TransferFailed:
        return 400;
      default:
        return 500;
    }
  }

  private Optional<String> checkClient(HttpExchange ex) {
    if (!(ex instanceof HttpsExchange https)) {
      return Optional.of("uploads need TLS");
    }
    Certificate[] chain;
    try {
      chain = https.getSSLSession().getPeerCertificates();
    } catch (SSLPeerUnverifiedException e) {
      return Optional.of(
          "a client certificate is required: uploads go through the upload proxy, with an upload"
              + " token");
    }
    if (clientName.isEmpty()) {
      return Optional.empty();
    }
    String dn = ((X509Certificate) chain[0]).getSubjectX500Principal().getName();
    return dn.contains("CN=" + clientName)
        ? Optional.empty()
        : Optional.of("client certificate " + dn + " is not the upload proxy's");
  }

  /**
   * Reads and discards a refused request's body (up to {@link #DRAIN_LIMIT}) so that the client,
   * still sending, reads the answer instead of a connection reset.
   */
  private static void drain(HttpExchange ex) {
    byte[] buf = new byte[1 << 16];
    long total = 0;
    try (InputStream in = ex.getRequestBody()) {
      int n;
      while (total < DRAIN_LIMIT && (n = in.read(buf)) > 0) {
        total += n;
      }
    } catch (IOException e) {
      LOG.debug("draining a refused upload: {}", e.toString());
    }
  }

  private static OptionalLong contentLength(HttpExchange ex) {
    String v = ex.getRequestHeaders().getFirst("Content-Length");
    if (v == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(v.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  static ImporterTerminationMessage failure(ImportReason reason, String message) {
    return new ImporterTerminationMessage(
        ImportOutcome.Failed, reason, message, null, null, 0, 0, 0, null, 0);
  }

  private static void respondQuietly(HttpExchange ex, int code, String body) {
    try {
      respond(ex, code, body);
    } catch (IOException e) {
      LOG.info("could not answer the client ({}): {}", code, e.toString());
    }
  }

  private static void respond(HttpExchange ex, int code, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    boolean head = "HEAD".equalsIgnoreCase(ex.getRequestMethod());
    ex.sendResponseHeaders(code, head || bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      if (!head) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }
}
