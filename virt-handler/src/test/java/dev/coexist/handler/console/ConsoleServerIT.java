package dev.coexist.handler.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.launcher.DomainState;
import dev.coexist.crds.launcher.LauncherRequest;
import dev.coexist.handler.ShortTempDir;
import dev.coexist.handler.launcher.FakeLauncher;
import dev.coexist.handler.launcher.FakeLauncherServer;
import dev.coexist.handler.launcher.LauncherSockets;
import dev.coexist.handler.launcher.UnixSocketLauncherClient;
import dev.coexist.handler.vmi.TestVmis;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console server on loopback with real TLS (certificates read from a directory laid out like
 * the mounted Secret), real unix sockets laid out like the kubelet pods dir (serial echo, a VNC
 * banner, a launcher protocol server) and the real launcher client.
 */
class ConsoleServerIT {
  static final String HOST = "127.0.0.1";
  static final String CN = "coexist-subresources";

  final ShortTempDir tmp = new ShortTempDir();
  final ShortTempDir certTmp = new ShortTempDir();
  final UnixEndpoints endpoints = new UnixEndpoints();
  final MapClusterView view = new MapClusterView();
  final FakeLauncher launcher = new FakeLauncher();
  final ExecutorService io = Executors.newCachedThreadPool();
  final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  final PrometheusRegistry registry = new PrometheusRegistry();
  Vertx vertx;
  FakeLauncherServer launcherServer;
  ConsoleService service;
  TestPki pki;
  TestPki.Pair client;
  Path certDir;
  int port;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    Path pods = tmp.path();
    certDir = certTmp.path().resolve("certs");
    addVmi("vm", Peer.upperEcho(), Peer.greetThenEcho("RFB 003.008\n"), true);
    addVmi("gone", Peer.sayAndHangUp("Power down.\n"), Peer.sayAndHangUp(""), false);
    pki = TestPki.newCa("coexist-subresources-ca");
    client = pki.client(CN);
    pki.writeHandlerSecret(certDir, pki.server("coexist-virt-handler"));
    ConsoleServer server =
        new ConsoleServer(
            vertx,
            new ConsoleTargets(view, pods, "node-1"),
            UnixSocketLauncherClient.connector(
                timer, Duration.ofSeconds(10), Duration.ofSeconds(10)),
            new UnixStreamConnector(),
            CN,
            io);
    server.registerMetrics(registry);
    service =
        new ConsoleService(
            new ConsoleConfig(true, 0, certDir, CN, Duration.ofHours(1)), server, HOST);
    service.start(timer);
    assertThat(service.isServing()).isTrue();
    port = service.port();
  }

  void addVmi(String name, Peer serial, Peer vnc, boolean withLauncher) throws Exception {
    VirtualMachineInstance vmi =
        TestVmis.vmi("ns", name).phase(VirtualMachineInstancePhase.RUNNING, "node-1").build();
    String podUid = UUID.randomUUID().toString();
    view.put(vmi);
    view.put(TestVmis.launcherPod(vmi, podUid, "10.88.0.9"));
    LauncherSockets s = LauncherSockets.of(tmp.path(), podUid);
    java.nio.file.Files.createDirectories(s.dir());
    endpoints.serve(s.serial(), serial);
    endpoints.serve(s.vnc(), vnc);
    if (withLauncher) {
      launcher.handle(LauncherRequest.sync(vmi, true));
      launcherServer = new FakeLauncherServer(launcher, s.command());
    }
  }

  @AfterEach
  void stop() throws Exception {
    if (service != null) {
      service.close();
    }
    vertx.close().toCompletionStage().toCompletableFuture().get(90, TimeUnit.SECONDS);
    if (launcherServer != null) {
      launcherServer.close();
    }
    endpoints.close();
    io.shutdownNow();
    timer.shutdownNow();
    tmp.close();
    certTmp.close();
  }

  HttpClient clientWith(TestPki trust, TestPki.Pair cert) {
    HttpClientOptions o =
        new HttpClientOptions()
            .setSsl(true)
            .setVerifyHost(false)
            .setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(trust.ca.certPem())));
    if (cert != null) {
      o.setKeyCertOptions(
          new PemKeyCertOptions()
              .setCertValue(Buffer.buffer(cert.certPem()))
              .setKeyValue(Buffer.buffer(cert.keyPem())));
    }
    return vertx.createHttpClient(o);
  }

  static String path(String vmi, String what) {
    return "/v1/namespaces/ns/virtualmachineinstances/" + vmi + "/" + what;
  }

  /** A client websocket with its receiver attached before any frame could arrive. */
  record Ws(WebSocket ws, Received got) {}

  Ws open(HttpClient http, String vmi, String what, String query) throws Exception {
    return http.webSocket(
            new WebSocketConnectOptions()
                .setHost(HOST)
                .setPort(port)
                .setSsl(true)
                .setURI(path(vmi, what) + (query.isEmpty() ? "" : "?" + query))
                .addSubProtocol(ConsoleServer.SUBPROTOCOL))
        .map(ws -> new Ws(ws, new Received(ws)))
        .toCompletionStage()
        .toCompletableFuture()
        .get(90, TimeUnit.SECONDS);
  }

  record Reply(int code, String body) {}

  Reply call(HttpClient http, HttpMethod method, String uri) throws Exception {
    return http.request(
            new RequestOptions().setMethod(method).setHost(HOST).setPort(port).setURI(uri))
        .compose(
            req ->
                req.send().compose(r -> r.body().map(b -> new Reply(r.statusCode(), b.toString()))))
        .toCompletionStage()
        .toCompletableFuture()
        .get(90, TimeUnit.SECONDS);
  }

  /** Collects a websocket's bytes and its close. */
  static final class Received {
    final StringBuilder text = new StringBuilder();
    final AtomicReference<String> closed = new AtomicReference<>();

    Received(WebSocket ws) {
      ws.binaryMessageHandler(
          b -> {
            synchronized (text) {
              text.append(b.toString());
            }
          });
      ws.closeHandler(v -> closed.set(ws.closeStatusCode() + " " + ws.closeReason()));
    }

    String text() {
      synchronized (text) {
        return text.toString();
      }
    }
  }

  @Test
  void theSerialConsoleIsRelayedBothWaysWithKubevirtsSubprotocol() throws Exception {
    Ws c = open(clientWith(pki, client), "vm", "console", "");
    WebSocket ws = c.ws();
    Received got = c.got();
    assertThat(ws.subProtocol()).isEqualTo(ConsoleServer.SUBPROTOCOL);
    ws.writeBinaryMessage(Buffer.buffer("echo coexist-42\n"));
    await().atMost(Duration.ofSeconds(20)).until(() -> got.text().equals("ECHO COEXIST-42\n"));
    assertThat(service.port()).isEqualTo(port);
  }

  @Test
  void vncDeliversTheRfbBannerFirst() throws Exception {
    Ws opened = open(clientWith(pki, client), "vm", "vnc", "");
    WebSocket ws = opened.ws();
    Received got = opened.got();
    await().atMost(Duration.ofSeconds(20)).until(() -> got.text().equals("RFB 003.008\n"));
    ws.writeBinaryMessage(Buffer.buffer("RFB 003.008\n"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> got.text().equals("RFB 003.008\nRFB 003.008\n"));
  }

  @Test
  void aSecondConsoleTakesOverTheFirst() throws Exception {
    HttpClient http = clientWith(pki, client);
    Ws firstWs = open(http, "vm", "console", "");
    WebSocket first = firstWs.ws();
    Received one = firstWs.got();
    Ws secondWs = open(http, "vm", "console", "");
    WebSocket second = secondWs.ws();
    Received two = secondWs.got();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> "1008 console session taken over by a new connection".equals(one.closed.get()));
    second.writeBinaryMessage(Buffer.buffer("still here\n"));
    await().atMost(Duration.ofSeconds(20)).until(() -> two.text().equals("STILL HERE\n"));
    assertThat(two.closed.get()).isNull();
    assertThat(metric("coexist_handler_console_sessions", "console")).isEqualTo(1.0);
    assertThat(metric("coexist_handler_console_requests_total", "console", "101")).isEqualTo(2.0);
  }

  /** The value of a metric's data point with these label values (in any order). */
  double metric(String name, String... labelValues) {
    for (MetricSnapshot m : registry.scrape()) {
      if (!m.getMetadata().getPrometheusName().equals(name.replace("_total", ""))) {
        continue;
      }
      for (DataPointSnapshot d : m.getDataPoints()) {
        List<String> values = new ArrayList<>();
        d.getLabels().forEach(l -> values.add(l.getValue()));
        List<String> wanted = new ArrayList<>(List.of(labelValues));
        values.sort(null);
        wanted.sort(null);
        if (values.equals(wanted)) {
          return d instanceof GaugeSnapshot.GaugeDataPointSnapshot g
              ? g.getValue()
              : ((CounterSnapshot.CounterDataPointSnapshot) d).getValue();
        }
      }
    }
    return Double.NaN;
  }

  @Test
  void preserveSessionRefusesASecondVncWith409() throws Exception {
    HttpClient http = clientWith(pki, client);
    Ws firstWs = open(http, "vm", "vnc", "");
    WebSocket first = firstWs.ws();
    Received one = firstWs.got();
    assertThatThrownBy(() -> open(http, "vm", "vnc", "preserveSession=true"))
        .hasCauseInstanceOf(UpgradeRejectedException.class)
        .satisfies(
            e -> assertThat(((UpgradeRejectedException) e.getCause()).getStatus()).isEqualTo(409));
    await().atMost(Duration.ofSeconds(20)).until(() -> one.text().startsWith("RFB"));
    assertThat(one.closed.get()).isNull();
  }

  @Test
  void theGuestSideEndingClosesTheWebsocketWith1000() throws Exception {
    Ws opened = open(clientWith(pki, client), "gone", "console", "");
    WebSocket ws = opened.ws();
    Received got = opened.got();
    await().atMost(Duration.ofSeconds(20)).until(() -> got.closed.get() != null);
    assertThat(got.text()).isEqualTo("Power down.\n");
    assertThat(got.closed.get()).isEqualTo("1000 console closed by the guest's launcher");
  }

  @Test
  void pauseAndUnpauseAreLauncherCommands() throws Exception {
    HttpClient http = clientWith(pki, client);
    assertThat(call(http, HttpMethod.PUT, path("vm", "pause")).code()).isEqualTo(200);
    assertThat(launcher.domain().state()).isEqualTo(DomainState.PAUSED);
    assertThat(call(http, HttpMethod.PUT, path("vm", "unpause")).code()).isEqualTo(200);
    assertThat(launcher.domain().state()).isEqualTo(DomainState.RUNNING);
    assertThat(call(http, HttpMethod.PUT, path("vm", "reset")).code()).isEqualTo(200);
    assertThat(launcher.commands()).containsSubsequence("PAUSE", "UNPAUSE", "RESET");
    assertThat(metric("coexist_handler_console_requests_total", "pause", "200")).isEqualTo(1.0);
    assertThat(call(http, HttpMethod.PUT, path("vm", "softreboot")).code()).isEqualTo(200);
    assertThat(launcher.commands()).containsSubsequence("PAUSE", "UNPAUSE", "RESET", "SOFT_REBOOT");
  }

  @Test
  void errorsAreClearBeforeAnyUpgrade() throws Exception {
    HttpClient http = clientWith(pki, client);
    Reply ghost = call(http, HttpMethod.PUT, path("ghost", "pause"));
    assertThat(ghost.code()).isEqualTo(404);
    assertThat(ghost.body()).contains("ns/ghost").contains("node-1");
    Reply noLauncher = call(http, HttpMethod.PUT, path("gone", "pause"));
    assertThat(noLauncher.code()).isEqualTo(503);
    assertThat(noLauncher.body()).contains("cannot be reached");
    assertThat(call(http, HttpMethod.GET, path("vm", "console")).code()).isEqualTo(400);
    assertThat(call(http, HttpMethod.GET, path("vm", "pause")).code()).isEqualTo(405);
    assertThat(call(http, HttpMethod.GET, path("vm", "migrate")).code()).isEqualTo(404);
    assertThat(call(http, HttpMethod.GET, path("vm", "guestosinfo")).body())
        .contains("guest agent");
    assertThatThrownBy(() -> open(http, "ghost", "console", ""))
        .hasCauseInstanceOf(UpgradeRejectedException.class)
        .satisfies(
            e -> assertThat(((UpgradeRejectedException) e.getCause()).getStatus()).isEqualTo(404));
  }

  @Test
  void onlyTheSubresourceServersCertificateIsAccepted() throws Exception {
    assertThat(
            call(clientWith(pki, pki.client("someone-else")), HttpMethod.PUT, path("vm", "pause")))
        .satisfies(r -> assertThat(r.code()).isEqualTo(403))
        .satisfies(r -> assertThat(r.body()).contains("someone-else"));
    assertThatThrownBy(() -> call(clientWith(pki, null), HttpMethod.PUT, path("vm", "pause")))
        .isInstanceOf(ExecutionException.class);
    TestPki other = TestPki.newCa("other-ca");
    assertThatThrownBy(
            () -> call(clientWith(pki, other.client(CN)), HttpMethod.PUT, path("vm", "pause")))
        .isInstanceOf(ExecutionException.class);
    assertThat(launcher.commands()).doesNotContain("PAUSE");
  }

  @Test
  void newCertificatesAreLoadedWithoutDroppingOpenSessions() throws Exception {
    Ws opened = open(clientWith(pki, client), "vm", "console", "");
    WebSocket ws = opened.ws();
    Received got = opened.got();
    TestPki next = TestPki.newCa("coexist-subresources-ca-2");
    next.writeHandlerSecret(certDir, next.server("coexist-virt-handler"));
    service.check();
    assertThatThrownBy(() -> call(clientWith(pki, client), HttpMethod.PUT, path("vm", "reset")))
        .isInstanceOf(ExecutionException.class);
    assertThat(call(clientWith(next, next.client(CN)), HttpMethod.PUT, path("vm", "reset")).code())
        .isEqualTo(200);
    ws.writeBinaryMessage(Buffer.buffer("after rotation\n"));
    await().atMost(Duration.ofSeconds(20)).until(() -> got.text().equals("AFTER ROTATION\n"));
    assertThat(got.closed.get()).isNull();
  }
}
