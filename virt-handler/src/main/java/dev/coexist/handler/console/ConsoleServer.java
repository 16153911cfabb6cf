package dev.coexist.handler.console;

import dev.coexist.handler.launcher.LauncherConnector;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.SSLOptions;
import java.io.IOException;
import java.nio.channels.ByteChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * virt-handler's console server (port 8186): HTTPS requiring a client certificate that chains to
 * the subresource CA and names the operator's subresource server ({@code CN}); {@code PUT} actions
 * become launcher commands, {@code console} and {@code vnc} websockets (subprotocol {@code
 * plain.kubevirt.io}) are relayed to the launcher's {@code serial.sock} and {@code vnc.sock}. The
 * certificates can be replaced while running ({@link #updateTls}); open sessions stay.
 */
public final class ConsoleServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);

  /** The websocket subprotocol KubeVirt's clients ask for. */
  public static final String SUBPROTOCOL = "plain.kubevirt.io";

  private final Vertx vertx;
  private final ConsoleTargets targets;
  private final LauncherConnector launchers;
  private final StreamConnector streams;
  private final String clientCn;
  private final Executor io;
  private final StreamSessions sessions = new StreamSessions();
  private final Counter requests =
      Counter.builder()
          .name("coexist_handler_console_requests_total")
          .help("Requests to the console server (8186) by subresource and HTTP status")
          .labelNames("subresource", "code")
          .build();
  private HttpServer server;

  /**
   * A server, not listening yet.
   *
   * @param clientCn the common name the client certificate must carry
   * @param io runs the blocking socket pumps (two tasks per open session)
   */
  public ConsoleServer(
      Vertx vertx,
      ConsoleTargets targets,
      LauncherConnector launchers,
      StreamConnector streams,
      String clientCn,
      Executor io) {
    this.vertx = vertx;
    this.targets = targets;
    this.launchers = launchers;
    this.streams = streams;
    this.clientCn = clientCn;
    this.io = io;
  }

  /** Listens with these certificates; returns the bound port. */
  public synchronized int start(String host, int port, TlsMaterial tls) {
    HttpServerOptions o =
        new HttpServerOptions()
            .setHost(host)
            .setPort(port)
            .setSsl(true)
            .setKeyCertOptions(keyCert(tls))
            .setTrustOptions(trust(tls))
            .setClientAuth(ClientAuth.REQUIRED)
            .addWebSocketSubProtocol(SUBPROTOCOL);
    server = vertx.createHttpServer(o).requestHandler(this::handle);
    try {
      int bound =
          server
              .listen()
              .toCompletionStage()
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS)
              .actualPort();
      LOG.info(
          "console server listening on {}:{} (mutual TLS, client CN {})", host, bound, clientCn);
      return bound;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while binding " + host + ":" + port, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "console server cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
  }

  /**
   * Replaces the certificates for new connections; open connections and sessions stay.
   *
   * @return whether the server now uses them
   */
  public synchronized boolean updateTls(TlsMaterial tls) {
    if (server == null) {
      throw new IllegalStateException("the console server is not started");
    }
    try {
      boolean updated =
          server
              .updateSSLOptions(
                  new SSLOptions().setKeyCertOptions(keyCert(tls)).setTrustOptions(trust(tls)),
                  true)
              .toCompletionStage()
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      LOG.info("console server certificates reloaded: {}", updated);
      return updated;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reloading the certificates", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("reloading the console certificates: " + e.getMessage(), e);
    }
  }

  /**
   * Registers {@code coexist_handler_console_requests_total} and {@code
   * coexist_handler_console_sessions} (open sessions by stream) with the handler's registry.
   */
  public void registerMetrics(PrometheusRegistry registry) {
    registry.register(requests);
    GaugeWithCallback.builder()
        .name("coexist_handler_console_sessions")
        .help("Open console and VNC sessions on this node")
        .labelNames("stream")
        .callback(
            cb -> {
              cb.call(sessions.count(ConsolePath.CONSOLE), ConsolePath.CONSOLE);
              cb.call(sessions.count(ConsolePath.VNC), ConsolePath.VNC);
            })
        .register(registry);
  }

  /** The open sessions. */
  public StreamSessions sessions() {
    return sessions;
  }

  private static PemKeyCertOptions keyCert(TlsMaterial tls) {
    return new PemKeyCertOptions()
        .setCertValue(Buffer.buffer(tls.certPem()))
        .setKeyValue(Buffer.buffer(tls.keyPem()));
  }

  private static PemTrustOptions trust(TlsMaterial tls) {
    return new PemTrustOptions().addCertValue(Buffer.buffer(tls.caPem()));
  }

  private void handle(HttpServerRequest req) {
    Optional<String> denied = checkPeer(req);
    if (denied.isPresent()) {
      reply(req, 403, denied.get());
      return;
    }
    Optional<ConsolePath> parsed = ConsolePath.parse(req.path());
    if (parsed.isEmpty()) {
      reply(req, 404, "no such subresource: " + req.path());
      return;
    }
    ConsolePath p = parsed.get();
    if (!p.method().equals(req.method().name())) {
      reply(req, 405, p.subresource() + " needs " + p.method() + ", got " + req.method());
      return;
    }
    switch (p.kind()) {
      case ACTION:
        action(req, p);
        break;
      case STREAM:
        stream(req, p);
        break;
      default:
        reply(
            req,
            500,
            "Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io \""
                + p.name()
                + "\": VMI does not have guest agent connected");
    }
  }

  private Optional<String> checkPeer(HttpServerRequest req) {
    Certificate[] chain;
    try {
      chain = req.connection().peerCertificates().toArray(new Certificate[0]);
    } catch (SSLPeerUnverifiedException e) {
      return Optional.of("a client certificate is required: " + e.getMessage());
    }
    if (chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
      return Optional.of("a client certificate is required");
    }
    String subject = ((X509Certificate) chain[0]).getSubjectX500Principal().getName();
    Optional<String> cn = commonName(subject);
    if (cn.isEmpty() || !cn.get().equals(clientCn)) {
      return Optional.of("client certificate " + subject + " is not the subresource server's");
    }
    return Optional.empty();
  }

  /** The CN of an RFC 2253 distinguished name. */
  static Optional<String> commonName(String rfc2253) {
    try {
      for (Rdn rdn : new LdapName(rfc2253).getRdns()) {
        if ("CN".equalsIgnoreCase(rdn.getType())) {
          return Optional.of(String.valueOf(rdn.getValue()));
        }
      }
      return Optional.empty();
    } catch (InvalidNameException e) {
      LOG.info("unparseable client certificate subject {}: {}", subject(rfc2253), e.getMessage());
      return Optional.empty();
    }
  }

  private static String subject(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  private void action(HttpServerRequest req, ConsolePath p) {
    vertx
        .executeBlocking(
            () -> {
              ConsoleTargets.Result r = targets.resolve(p.namespace(), p.name());
              if (r.refusal().isPresent()) {
                return new LauncherActions.Outcome(
                    r.refusal().get().code(), r.refusal().get().message());
              }
              return LauncherActions.run(
                  p.subresource(), launchers.connect(r.target().get().sockets().command()));
            },
            false)
        .onComplete(
            ar -> {
              if (ar.failed()) {
                reply(req, 500, p.subresource() + " failed: " + ar.cause().getMessage());
                return;
              }
              LauncherActions.Outcome o = ar.result();
              LOG.info("{} of {}: {} {}", p.subresource(), p.key(), o.code(), o.message());
              reply(req, o.code(), o.code() == 200 ? "" : o.message());
            });
  }

  private void stream(HttpServerRequest req, ConsolePath p) {
    String upgrade = req.getHeader("Upgrade");
    if (upgrade == null || !"websocket".equalsIgnoreCase(upgrade)) {
      reply(req, 400, p.subresource() + " is a websocket: send Upgrade: websocket");
      return;
    }
    boolean preserve = "true".equalsIgnoreCase(req.getParam("preserveSession"));
    Context ctx = vertx.getOrCreateContext();
    req.pause();
    vertx
        .executeBlocking(() -> dial(p, preserve), false)
        .onComplete(
            ar -> {
              req.resume();
              if (ar.failed()) {
                reply(req, 500, p.subresource() + ": " + ar.cause().getMessage());
                return;
              }
              Dialed d = ar.result();
              if (d.channel == null) {
                reply(req, d.code, d.message);
                return;
              }
              req.toWebSocket()
                  .onSuccess(
                      ws -> {
                        StreamRelay relay =
                            new StreamRelay(p.subresource(), p.key(), ws, d.channel, ctx);
                        sessions.register(d.uid, p.subresource(), relay);
                        requests.labelValues(p.subresource(), "101").inc();
                        relay.start(io);
                      })
                  .onFailure(
                      e -> {
                        LOG.info("{} of {}: upgrade failed: {}", p.subresource(), p.key(), e);
                        closeQuietly(d.channel, p);
                      });
            });
  }

  private record Dialed(String uid, ByteChannel channel, int code, String message) {}

  private Dialed dial(ConsolePath p, boolean preserve) {
    ConsoleTargets.Result r = targets.resolve(p.namespace(), p.name());
    if (r.refusal().isPresent()) {
      return new Dialed(null, null, r.refusal().get().code(), r.refusal().get().message());
    }
    ConsoleTargets.Target t = r.target().get();
    Optional<String> busy = sessions.claim(t.uid(), p.subresource(), preserve);
    if (busy.isPresent()) {
      return new Dialed(null, null, 409, busy.get());
    }
    Path socket =
        ConsolePath.CONSOLE.equals(p.subresource()) ? t.sockets().serial() : t.sockets().vnc();
    try {
      return new Dialed(t.uid(), streams.open(socket), 200, "");
    } catch (NoSuchFileException e) {
      return new Dialed(
          null,
          null,
          404,
          "virtualmachineinstance "
              + p.key()
              + " has no "
              + p.subresource()
              + " (no socket "
              + socket.getFileName()
              + " in its launcher)");
    } catch (IOException e) {
      return new Dialed(null, null, 503, p.subresource() + ": " + e.getMessage());
    }
  }

  private static void closeQuietly(ByteChannel ch, ConsolePath p) {
    try {
      ch.close();
    } catch (IOException e) {
      LOG.info("{} of {}: closing the socket: {}", p.subresource(), p.key(), e.getMessage());
    }
  }

  private void reply(HttpServerRequest req, int code, String text) {
    requests
        .labelValues(
            ConsolePath.parse(req.path()).map(ConsolePath::subresource).orElse("unknown"),
            Integer.toString(code))
        .inc();
    if (code >= 400) {
      LOG.info("{} {} -> {} {}", req.method(), req.path(), code, text);
    }
    req.response()
        .setStatusCode(code)
        .putHeader("Content-Type", "text/plain; charset=utf-8")
        .end(text);
  }

  /** Closes every session and stops listening. */
  @Override
  public synchronized void close() {
    sessions.closeAll("virt-handler is stopping");
    if (server != null) {
      server.close().toCompletionStage().toCompletableFuture().join();
      server = null;
    }
  }
}
