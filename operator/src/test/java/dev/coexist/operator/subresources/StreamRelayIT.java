package dev.coexist.operator.subresources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server end to end on loopback with real TLS: a front-proxy client (its own request-header
 * CA), the subresource server, and a stand-in virt-handler console server (mutual TLS with the
 * operator's PKI) that echoes the console upper-cased and greets VNC clients with the RFB banner.
 */
class StreamRelayIT {
  static final String HOST = "127.0.0.1";
  static final String BASE =
      "/apis/subresources.kubevirt.io/v1/namespaces/ns/virtualmachineinstances/vm/";

  Vertx vertx;
  SubresourceServer server;
  HttpServer fakeHandler;
  HttpClient proxyClient;
  int port;
  final List<String> handlerCalls = new CopyOnWriteArrayList<>();
  CertificateStore.Pki pki;
  VertxHandlerClient handlers;
  Certificates.Pair frontProxyCa;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    Instant now = Instant.now();
    pki =
        CertificateStore.issue(
            Certificates.newCa("test-ca", now, Duration.ofDays(1)), List.of(HOST), now);
    frontProxyCa = Certificates.newCa("front-proxy-ca", now, Duration.ofDays(1));
    Certificates.Pair proxyCert =
        Certificates.issue(
            frontProxyCa,
            "front-proxy-client",
            List.of(),
            Certificates.Usage.CLIENT,
            now,
            Duration.ofDays(1));
    int handlerPort = startFakeHandler(now);
    InMemoryVmStore store = new InMemoryVmStore();
    store.put(TestObjects.vm("vm", RunStrategy.ALWAYS));
    store.put(TestObjects.vmi("vm", VirtualMachineInstancePhase.RUNNING));
    handlers = new VertxHandlerClient(vertx, vmi -> HOST, handlerPort, pki);
    RequestHeaderConfig rh =
        new RequestHeaderConfig(
            frontProxyCa.certPem(),
            List.of("front-proxy-client"),
            List.of("X-Remote-User"),
            List.of("X-Remote-Group"),
            List.of("X-Remote-Extra-"));
    AccessReviewer rbac =
        (user, a) -> new AccessReviewer.Decision(!"mallory".equals(user.name()), "no RBAC");
    server = new SubresourceServer(vertx, rh, rbac, store, handlers, handlers::openStream);
    port = server.start(HOST, 0, pki.serving(), frontProxyCa.certPem());
    proxyClient =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setSsl(true)
                .setVerifyHost(false)
                .setKeyCertOptions(
                    new PemKeyCertOptions()
                        .setCertValue(Buffer.buffer(proxyCert.certPem()))
                        .setKeyValue(Buffer.buffer(proxyCert.keyPem())))
                .setTrustOptions(
                    new PemTrustOptions().addCertValue(Buffer.buffer(pki.ca().certPem()))));
  }

  int startFakeHandler(Instant now) throws Exception {
    Certificates.Pair handlerCert =
        Certificates.issue(
            pki.ca(),
            "virt-handler",
            List.of(HOST),
            Certificates.Usage.SERVER,
            now,
            Duration.ofDays(1));
    fakeHandler =
        vertx.createHttpServer(
            new HttpServerOptions()
                .setSsl(true)
                .setHost(HOST)
                .setPort(0)
                .setKeyCertOptions(
                    new PemKeyCertOptions()
                        .setCertValue(Buffer.buffer(handlerCert.certPem()))
                        .setKeyValue(Buffer.buffer(handlerCert.keyPem())))
                .setTrustOptions(
                    new PemTrustOptions().addCertValue(Buffer.buffer(pki.ca().certPem())))
                .setClientAuth(ClientAuth.REQUIRED)
                .addWebSocketSubProtocol(Streams.SUBPROTOCOL));
    fakeHandler.requestHandler(
        req -> {
          handlerCalls.add(req.method() + " " + req.uri());
          if (req.path().endsWith("/console") || req.path().endsWith("/vnc")) {
            boolean vnc = req.path().endsWith("/vnc");
            req.toWebSocket()
                .onSuccess(
                    ws -> {
                      if (vnc) {
                        ws.writeBinaryMessage(Buffer.buffer("RFB 003.008\n"));
                      }
                      ws.binaryMessageHandler(
                          b ->
                              ws.writeBinaryMessage(
                                  Buffer.buffer(b.toString().toUpperCase(Locale.ROOT))));
                    });
          } else {
            req.response().setStatusCode(200).end();
          }
        });
    return fakeHandler
        .listen()
        .toCompletionStage()
        .toCompletableFuture()
        .get(60, TimeUnit.SECONDS)
        .actualPort();
  }

  @AfterEach
  void stop() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  Future<WebSocket> open(String what, String user) {
    WebSocketConnectOptions o =
        new WebSocketConnectOptions()
            .setHost(HOST)
            .setPort(port)
            .setSsl(true)
            .setURI(BASE + what)
            .addSubProtocol(Streams.SUBPROTOCOL)
            .addHeader("X-Remote-User", user)
            .addHeader("X-Remote-Group", "system:authenticated");
    return proxyClient.webSocket(o);
  }

  record Reply(int code, String body) {}

  Reply put(String what, String user) throws Exception {
    return proxyClient
        .request(
            new RequestOptions()
                .setMethod(HttpMethod.PUT)
                .setHost(HOST)
                .setPort(port)
                .setURI(BASE + what)
                .addHeader("X-Remote-User", user))
        .compose(
            req ->
                req.send(Buffer.buffer("{}"))
                    .compose(r -> r.body().map(b -> new Reply(r.statusCode(), b.toString()))))
        .toCompletionStage()
        .toCompletableFuture()
        .get(60, TimeUnit.SECONDS);
  }

  @Test
  void consoleBytesTravelBothWaysWithTheKubevirtSubprotocol() throws Exception {
    WebSocket ws =
        open("console", "alice")
            .toCompletionStage()
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    assertThat(ws.subProtocol()).isEqualTo(Streams.SUBPROTOCOL);
    StringBuilder got = new StringBuilder();
    ws.binaryMessageHandler(
        b -> {
          synchronized (got) {
            got.append(b.toString());
          }
        });
    ws.writeBinaryMessage(Buffer.buffer("echo hi\n"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              synchronized (got) {
                return got.toString().equals("ECHO HI\n");
              }
            });
    assertThat(handlerCalls).contains("GET /v1/namespaces/ns/virtualmachineinstances/vm/console");
  }

  @Test
  void renewedCertificatesAreServedWithoutDroppingOpenStreams() throws Exception {
    WebSocket ws =
        open("console", "alice")
            .toCompletionStage()
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    StringBuilder got = new StringBuilder();
    ws.binaryMessageHandler(
        b -> {
          synchronized (got) {
            got.append(b.toString());
          }
        });
    CertificateStore.Pki renewed = CertificateStore.issue(pki.ca(), List.of(HOST), Instant.now());
    assertThat(server.updateTls(renewed.serving(), frontProxyCa.certPem())).isTrue();
    assertThat(handlers.updateTls(renewed)).isTrue();
    ws.writeBinaryMessage(Buffer.buffer("still open\n"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              synchronized (got) {
                return got.toString().equals("STILL OPEN\n");
              }
            });
    assertThat(ws.isClosed()).isFalse();
    HttpClient fresh =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setSsl(true)
                .setVerifyHost(false)
                .setTrustOptions(
                    new PemTrustOptions().addCertValue(Buffer.buffer(pki.ca().certPem()))));
    String served =
        fresh
            .request(HttpMethod.GET, port, HOST, "/healthz")
            .compose(r -> r.send())
            .map(
                r -> {
                  try {
                    return ((java.security.cert.X509Certificate)
                            r.request().connection().peerCertificates().get(0))
                        .getSerialNumber()
                        .toString();
                  } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toCompletionStage()
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    assertThat(served)
        .isEqualTo(
            Certificates.parseCertificates(renewed.serving().certPem())
                .get(0)
                .getSerialNumber()
                .toString());
    assertThat(put("pause", "alice").code()).isEqualTo(200);
  }

  @Test
  void oneVncSessionAtATime() throws Exception {
    AtomicReference<String> banner = new AtomicReference<>("");
    WebSocket first =
        open("vnc", "alice")
            .map(
                w -> {
                  w.binaryMessageHandler(b -> banner.set(b.toString()));
                  return w;
                })
            .toCompletionStage()
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    await().atMost(Duration.ofSeconds(60)).until(() -> banner.get().equals("RFB 003.008\n"));
    Throwable refused =
        open("vnc?preserveSession=true", "alice")
            .toCompletionStage()
            .toCompletableFuture()
            .handle((w, e) -> e)
            .get(60, TimeUnit.SECONDS);
    assertThat(refused).isInstanceOf(UpgradeRejectedException.class);
    assertThat(((UpgradeRejectedException) refused).getStatus()).isEqualTo(409);
    AtomicReference<Short> closed = new AtomicReference<>();
    first.closeHandler(v -> closed.set(first.closeStatusCode()));
    WebSocket second =
        open("vnc", "alice").toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    await().atMost(Duration.ofSeconds(60)).until(() -> closed.get() != null);
    assertThat(closed.get()).isEqualTo(Streams.TAKEN_OVER);
    assertThat(second.isClosed()).isFalse();
  }

  @Test
  void pauseIsProxiedToTheHandlerAndRbacAndAuthnHold() throws Exception {
    assertThat(put("pause", "alice").code()).isEqualTo(200);
    assertThat(handlerCalls).contains("PUT /v1/namespaces/ns/virtualmachineinstances/vm/pause");
    Reply denied = put("pause", "mallory");
    assertThat(denied.code()).isEqualTo(403);
    assertThat(denied.body())
        .contains("cannot update resource \\\"virtualmachineinstances/pause\\\"");
    Reply notPaused = put("unpause", "alice");
    assertThat(notPaused.code()).isEqualTo(409);
    assertThat(notPaused.body()).contains("VMI is not paused");
    HttpClient anonymous =
        vertx.createHttpClient(
            new HttpClientOptions().setSsl(true).setTrustAll(true).setVerifyHost(false));
    int code =
        anonymous
            .request(
                new RequestOptions()
                    .setMethod(HttpMethod.PUT)
                    .setHost(HOST)
                    .setPort(port)
                    .setURI(BASE + "pause"))
            .compose(r -> r.send())
            .map(r -> r.statusCode())
            .toCompletionStage()
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    assertThat(code).isEqualTo(401);
    int discovery =
        anonymous
            .request(
                new RequestOptions()
                    .setHost(HOST)
                    .setPort(port)
                    .setURI("/apis/subresources.kubevirt.io/v1"))
            .compose(r -> r.send())
            .map(r -> r.statusCode())
            .toCompletionStage()
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    assertThat(discovery).isEqualTo(200);
    String version =
        anonymous
            .request(
                new RequestOptions()
                    .setHost(HOST)
                    .setPort(port)
                    .setURI("/apis/subresources.kubevirt.io/v1/version"))
            .compose(req -> req.send().compose(r -> r.body()))
            .map(b -> b.toString())
            .toCompletionStage()
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    assertThat(version).contains("\"gitVersion\":\"v1.6.0+coexist\"");
  }
}
