package dev.coexist.operator.upload;

import dev.coexist.crds.importer.UploadNames;
import dev.coexist.operator.subresources.Certificates;
import dev.coexist.operator.subresources.Listeners;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * CDI's upload proxy: HTTPS, {@code POST /v1beta1/upload[-async]} with {@code Authorization: Bearer
 * <token>}. A missing, forged, expired or malformed token gets 401 with the reason; a valid one
 * names the namespace and PVC, whose upload server pod ({@link UploadTargets}) receives the body,
 * streamed with back-pressure (never buffered whole), over mutual TLS (the proxy's client
 * certificate, the upload server's certificate from the same CA). A client that goes away mid-body
 * resets the upstream request, so the upload server sees a truncated upload and writes nothing.
 * {@code HEAD} of an upload path with a valid token is 200 (how virtctl discovers the async
 * endpoint).
 */
public final class UploadProxy implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UploadProxy.class);

  /** The paths proxied, each to the same path on the upload server. */
  public static final List<String> PATHS =
      List.of(
          UploadNames.SYNC_PATH,
          UploadNames.ASYNC_PATH,
          UploadNames.FORM_PATH,
          UploadNames.FORM_ASYNC_PATH);

  private final Vertx vertx;
  private final UploadTokens tokens;
  private final UploadTargets targets;
  private final Clock clock;
  private final HttpClient upstream;
  private HttpServer server;

  /**
   * @param client the proxy's client certificate for the upload servers
   * @param caPem the CA that signs the upload servers' certificates
   */
  public UploadProxy(
      Vertx vertx,
      UploadTokens tokens,
      UploadTargets targets,
      Certificates.Pair client,
      String caPem,
      Clock clock) {
    this.vertx = vertx;
    this.tokens = tokens;
    this.targets = targets;
    this.clock = clock;
    this.upstream =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setSsl(true)
                .setVerifyHost(false)
                .setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(caPem)))
                .setKeyCertOptions(
                    new PemKeyCertOptions()
                        .setCertValue(Buffer.buffer(client.certPem()))
                        .setKeyValue(Buffer.buffer(client.keyPem())))
                .setConnectTimeout(10_000)
                .setIdleTimeout(0)
                .setKeepAlive(false));
  }

  /** Listens with this serving certificate; returns the bound port. */
  public int start(String host, int port, Certificates.Pair serving) {
    HttpServerOptions o =
        new HttpServerOptions()
            .setHost(host)
            .setPort(port)
            .setSsl(true)
            .setKeyCertOptions(
                new PemKeyCertOptions()
                    .setCertValue(Buffer.buffer(serving.certPem()))
                    .setKeyValue(Buffer.buffer(serving.keyPem())));
    server = vertx.createHttpServer(o).requestHandler(this::handle);
    return Listeners.listen(server, "upload proxy", host, port);
  }

  private void handle(HttpServerRequest req) {
    String path = req.path();
    if (UploadNames.HEALTH_PATH.equals(path)) {
      req.response().end("ok\n");
      return;
    }
    if (!PATHS.contains(path)) {
      reply(req, 404, "not found: " + path + " (upload paths: " + PATHS + ")");
      return;
    }
    boolean head = req.method() == HttpMethod.HEAD;
    if (!head && req.method() != HttpMethod.POST) {
      req.response().putHeader("Allow", "POST, HEAD");
      reply(req, 405, req.method() + " is not allowed: POST the image");
      return;
    }
    UploadTokens.Verification v = tokens.verify(bearer(req).orElse(null), clock.instant());
    if (!v.valid()) {
      String why =
          bearer(req).isEmpty()
              ? "no upload token: send Authorization: Bearer <status.token of an"
                  + " UploadTokenRequest>"
              : v.problem();
      LOG.info("{} {} refused: {}", req.method(), path, why);
      reply(req, 401, why);
      return;
    }
    UploadTokens.Claims c = v.claims().get();
    if (head) {
      req.response().setStatusCode(200).end();
      return;
    }
    req.pause();
    vertx
        .executeBlocking(() -> targets.find(c.namespace(), c.name()), false)
        .onComplete(
            ar -> {
              if (ar.failed()) {
                req.resume();
                reply(req, 500, "finding the upload server: " + ar.cause().getMessage());
              } else if (!ar.result().ready()) {
                req.resume();
                reply(req, 503, ar.result().problem());
              } else {
                forward(req, c, ar.result());
              }
            });
  }

  private void forward(HttpServerRequest req, UploadTokens.Claims c, UploadTargets.Target t) {
    String key = c.namespace() + "/" + c.name();
    RequestOptions ro =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setHost(t.host())
            .setPort(t.port())
            .setURI(req.path())
            .setIdleTimeout(0);
    for (String h : List.of("Content-Length", "Content-Type", "Transfer-Encoding")) {
      String value = req.getHeader(h);
      if (value != null) {
        ro.putHeader(h, value);
      }
    }
    Future<HttpClientRequest> opened = upstream.request(ro);
    opened.onFailure(
        e -> {
          req.resume();
          reply(req, 503, "cannot reach the upload server of " + key + ": " + e.getMessage());
        });
    opened.onSuccess(up -> relay(req, up, key));
  }

  private void relay(HttpServerRequest req, HttpClientRequest up, String key) {
    try (MDC.MDCCloseable ignored = MDC.putCloseable("upload", key)) {
      LOG.info("proxying {} of {} bytes to {}", req.path(), req.getHeader("Content-Length"), key);
    }
    if (req.getHeader("Content-Length") == null) {
      up.setChunked(true);
    }
    up.response()
        .onSuccess(
            resp -> {
              req.response().setStatusCode(resp.statusCode());
              String type = resp.getHeader("Content-Type");
              if (type != null) {
                req.response().putHeader("Content-Type", type);
              }
              String length = resp.getHeader("Content-Length");
              if (length != null) {
                req.response().putHeader("Content-Length", length);
              } else {
                req.response().setChunked(true);
              }
              resp.pipeTo(req.response());
            })
        .onFailure(
            e -> {
              if (!req.response().ended() && !req.response().headWritten()) {
                reply(req, 502, "the upload server of " + key + " failed: " + e.getMessage());
              }
            });
    req.pipe()
        .endOnFailure(false)
        .to(up)
        .onFailure(
            e -> {
              LOG.warn(
                  "the upload to {} was interrupted: {}; resetting upstream", key, e.toString());
              up.reset(0, e);
            });
  }

  private static Optional<String> bearer(HttpServerRequest req) {
    String h = req.getHeader("Authorization");
    if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(h.substring(7).trim()).filter(s -> !s.isEmpty());
    }
    return Optional.ofNullable(req.getParam("token")).filter(s -> !s.isEmpty());
  }

  private static void reply(HttpServerRequest req, int code, String text) {
    req.response()
        .setStatusCode(code)
        .putHeader("Content-Type", "text/plain; charset=utf-8")
        .end(text + "\n");
  }

  @Override
  public void close() {
    if (server != null) {
      server.close().toCompletionStage().toCompletableFuture().join();
    }
    upstream.close();
  }
}
