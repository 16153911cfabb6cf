package dev.coexist.operator.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.importer.UploadNames;
import dev.coexist.operator.subresources.CertificateStore;
import dev.coexist.operator.subresources.Certificates;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upload proxy on loopback with real TLS: a client (like virtctl --insecure) → proxy (serving
 * certificate of the operator's CA) → a stand-in upload server requiring the proxy's client
 * certificate (mutual TLS, as cdi-importer upload-server does). Token checks (missing, forged,
 * expired → 401), streaming of a 24 MiB body, target not ready → 503, and a client that goes away
 * mid-body: the upload server sees the upload interrupted, never a clean end.
 */
class UploadProxyIT {
  private static final byte[] IMAGE = new byte[24 << 20];

  private static Vertx vertx;
  private static UploadTokens tokens;
  private static UploadProxy proxy;
  private static HttpServer standIn;
  private static HttpClient client;
  private static int proxyPort;
  private static final AtomicReference<UploadTargets.Target> TARGET = new AtomicReference<>();
  private static final AtomicReference<CompletableFuture<String>> OUTCOME = new AtomicReference<>();
  private static final AtomicLong RECEIVED = new AtomicLong();

  @BeforeAll
  static void start() throws Exception {
    new Random(7).nextBytes(IMAGE);
    vertx = Vertx.vertx();
    Instant now = Instant.now();
    Certificates.Pair ca = Certificates.newCa("upload-it-ca", now, Duration.ofDays(1));
    CertificateStore.Pki pki = CertificateStore.issue(ca, List.of("127.0.0.1"), now);
    Certificates.Pair server =
        Certificates.issue(
            ca,
            "cdi-upload-disk",
            List.of("127.0.0.1"),
            Certificates.Usage.SERVER,
            now,
            Duration.ofDays(1));
    int standInPort = startStandIn(server, ca.certPem());
    TARGET.set(UploadTargets.Target.at("127.0.0.1", standInPort));
    tokens = new UploadTokens(UploadTokensTest.KEY);
    proxy =
        new UploadProxy(
            vertx,
            tokens,
            (ns, pvc) ->
                "ns1".equals(ns) && "disk".equals(pvc)
                    ? TARGET.get()
                    : UploadTargets.Target.none("no upload server for " + ns + "/" + pvc),
            pki.client(),
            ca.certPem(),
            Clock.systemUTC());
    proxyPort = proxy.start("127.0.0.1", 0, pki.serving());
    client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setSsl(true)
                .setTrustAll(true)
                .setVerifyHost(false)
                .setKeepAlive(false));
  }

  /** The stand-in upload server: counts bytes, hashes them, tells a clean end from a reset. */
  private static int startStandIn(Certificates.Pair cert, String caPem) throws Exception {
    standIn =
        vertx
            .createHttpServer(
                new HttpServerOptions()
                    .setSsl(true)
                    .setClientAuth(ClientAuth.REQUIRED)
                    .setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(caPem)))
                    .setKeyCertOptions(
                        new PemKeyCertOptions()
                            .setCertValue(Buffer.buffer(cert.certPem()))
                            .setKeyValue(Buffer.buffer(cert.keyPem()))))
            .requestHandler(
                req -> {
                  MessageDigest sha = sha256();
                  CompletableFuture<String> outcome = OUTCOME.get();
                  req.handler(
                      b -> {
                        RECEIVED.addAndGet(b.length());
                        sha.update(b.getBytes());
                      });
                  req.exceptionHandler(e -> outcome.complete("interrupted: " + e));
                  req.connection().closeHandler(v -> outcome.complete("interrupted: closed"));
                  req.endHandler(
                      v -> {
                        String hex = HexFormat.of().formatHex(sha.digest());
                        outcome.complete(req.path() + " " + hex);
                        req.response().end("stored " + hex);
                      });
                });
    return standIn
        .listen(0, "127.0.0.1")
        .toCompletionStage()
        .toCompletableFuture()
        .get(30, TimeUnit.SECONDS)
        .actualPort();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stop() {
    proxy.close();
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  @BeforeEach
  void reset() {
    OUTCOME.set(new CompletableFuture<>());
    RECEIVED.set(0);
  }

  private record Answer(int code, String body) {}

  private Answer send(HttpMethod method, String path, String token, byte[] body) throws Exception {
    RequestOptions o =
        new RequestOptions().setMethod(method).setHost("127.0.0.1").setPort(proxyPort).setURI(path);
    if (token != null) {
      o.putHeader("Authorization", "Bearer " + token);
    }
    return client
        .request(o)
        .compose(
            req ->
                (body == null ? req.send() : req.send(Buffer.buffer(body)))
                    .compose(r -> r.body().map(b -> new Answer(r.statusCode(), b.toString()))))
        .toCompletionStage()
        .toCompletableFuture()
        .get(60, TimeUnit.SECONDS);
  }

  @Test
  void aValidTokenStreamsTheBodyToTheUploadServer() throws Exception {
    String token = tokens.issue("ns1", "disk", Instant.now());
    Answer a = send(HttpMethod.POST, UploadNames.ASYNC_PATH, token, IMAGE);
    String hex = HexFormat.of().formatHex(sha256().digest(IMAGE));
    assertThat(a.code()).as(a.body()).isEqualTo(200);
    assertThat(a.body()).contains("stored " + hex);
    assertThat(OUTCOME.get().get(10, TimeUnit.SECONDS))
        .isEqualTo(UploadNames.ASYNC_PATH + " " + hex);
    assertThat(send(HttpMethod.HEAD, UploadNames.ASYNC_PATH, token, null).code()).isEqualTo(200);
  }

  @Test
  void missingForgedAndExpiredTokensGet401() throws Exception {
    Answer none = send(HttpMethod.POST, UploadNames.SYNC_PATH, null, new byte[10]);
    assertThat(none.code()).isEqualTo(401);
    assertThat(none.body()).contains("no upload token");
    String forged =
        new UploadTokens(UploadTokensTest.filled(9)).issue("ns1", "disk", Instant.now());
    Answer f = send(HttpMethod.POST, UploadNames.SYNC_PATH, forged, new byte[10]);
    assertThat(f.code()).isEqualTo(401);
    assertThat(f.body()).contains("signature is invalid");
    String expired = tokens.issue("ns1", "disk", Instant.now().minus(Duration.ofMinutes(6)));
    Answer e = send(HttpMethod.POST, UploadNames.SYNC_PATH, expired, new byte[10]);
    assertThat(e.code()).isEqualTo(401);
    assertThat(e.body()).contains("expired");
    assertThat(send(HttpMethod.HEAD, UploadNames.ASYNC_PATH, expired, null).code()).isEqualTo(401);
    assertThat(RECEIVED.get()).as("nothing reached the upload server").isZero();
  }

  @Test
  void aPvcWithoutAReadyUploadServerGets503() throws Exception {
    String token = tokens.issue("ns1", "other", Instant.now());
    Answer a = send(HttpMethod.POST, UploadNames.SYNC_PATH, token, new byte[10]);
    assertThat(a.code()).isEqualTo(503);
    assertThat(a.body()).contains("no upload server for ns1/other");
  }

  @Test
  void aClientThatGoesAwayMidBodyInterruptsTheUpload() throws Exception {
    String token = tokens.issue("ns1", "disk", Instant.now());
    HttpClient fresh =
        vertx.createHttpClient(
            new HttpClientOptions().setSsl(true).setTrustAll(true).setVerifyHost(false));
    HttpClientRequest req =
        fresh
            .request(
                new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setHost("127.0.0.1")
                    .setPort(proxyPort)
                    .setURI(UploadNames.SYNC_PATH)
                    .putHeader("Authorization", "Bearer " + token)
                    .putHeader("Content-Length", String.valueOf(IMAGE.length)))
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    CompletableFuture<HttpClientResponse> ignored =
        req.response().toCompletionStage().toCompletableFuture();
    req.write(Buffer.buffer(java.util.Arrays.copyOf(IMAGE, IMAGE.length / 2)));
    await().atMost(Duration.ofSeconds(30)).until(() -> RECEIVED.get() > 0);
    req.connection().close();
    assertThat(OUTCOME.get().get(30, TimeUnit.SECONDS)).startsWith("interrupted");
    assertThat(RECEIVED.get()).isLessThan(IMAGE.length);
    assertThat(ignored).isNotNull();
    fresh.close();
  }
}
