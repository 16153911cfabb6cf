package dev.coexist.operator.subresources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.operator.upload.UploadTokenApi;
import io.fabric8.kubernetes.api.model.Status;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.SSLOptions;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTPS server of {@code subresources.kubevirt.io}: TLS with the operator-issued serving
 * certificate, client certificates verified against the request-header CA, discovery without
 * authorization, everything else authenticated ({@link FrontProxyAuthenticator}) and authorized
 * ({@link AccessReviewer}) before {@link SubresourceApi} or {@link Streams} serve it.
 */
public final class SubresourceServer implements AutoCloseable {
  /**
   * What {@code version} answers: the KubeVirt API level coexist speaks, with build metadata.
   * virtctl compares its major.minor with it and warns when they differ or do not parse.
   */
  public static final String SERVER_VERSION = "v1.6.0+coexist";

  private static final Logger LOG = LoggerFactory.getLogger(SubresourceServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BODY = 1 << 20;

  private final Vertx vertx;
  private final FrontProxyAuthenticator authenticator;
  private final AccessReviewer reviewer;
  private final SubresourceApi api;
  private final VmStore store;
  private final StreamDialer dialer;
  private final Streams streams = new Streams();
  private final Optional<UploadTokenApi> uploadTokens;
  private HttpServer server;

  /** Wires the server; {@link #start} listens. */
  public SubresourceServer(
      Vertx vertx,
      RequestHeaderConfig requestHeader,
      AccessReviewer reviewer,
      VmStore store,
      HandlerClient handlers,
      StreamDialer dialer) {
    this(vertx, requestHeader, reviewer, store, handlers, dialer, Optional.empty());
  }

  /** Wires the server; it also serves {@code upload.cdi.kubevirt.io} when {@code uploadTokens}. */
  public SubresourceServer(
      Vertx vertx,
      RequestHeaderConfig requestHeader,
      AccessReviewer reviewer,
      VmStore store,
      HandlerClient handlers,
      StreamDialer dialer,
      Optional<UploadTokenApi> uploadTokens) {
    this.uploadTokens = uploadTokens;
    this.vertx = vertx;
    this.authenticator = new FrontProxyAuthenticator(requestHeader);
    this.reviewer = reviewer;
    this.store = store;
    this.api = new SubresourceApi(store, handlers);
    this.dialer = dialer;
  }

  /** Listens; returns the bound port. */
  public int start(String host, int port, Certificates.Pair serving, String requestHeaderCaPem) {
    HttpServerOptions o =
        new HttpServerOptions()
            .setHost(host)
            .setPort(port)
            .setSsl(true)
            .setKeyCertOptions(
                new PemKeyCertOptions()
                    .setCertValue(Buffer.buffer(serving.certPem()))
                    .setKeyValue(Buffer.buffer(serving.keyPem())))
            .setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(requestHeaderCaPem)))
            .setClientAuth(ClientAuth.REQUEST)
            .addWebSocketSubProtocol(Streams.SUBPROTOCOL);
    server = vertx.createHttpServer(o).requestHandler(this::handle);
    return Listeners.listen(server, "", host, port);
  }

  /**
   * Serves new connections with a renewed certificate (open connections and streams stay); the
   * front-proxy CA is kept.
   */
  public boolean updateTls(Certificates.Pair serving, String requestHeaderCaPem) {
    try {
      return server
          .updateSSLOptions(
              new SSLOptions()
                  .setKeyCertOptions(
                      new PemKeyCertOptions()
                          .setCertValue(Buffer.buffer(serving.certPem()))
                          .setKeyValue(Buffer.buffer(serving.keyPem())))
                  .setTrustOptions(
                      new PemTrustOptions().addCertValue(Buffer.buffer(requestHeaderCaPem))),
              true)
          .toCompletionStage()
          .toCompletableFuture()
          .get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reloading the serving certificate", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("reloading the serving certificate: " + e.getMessage(), e);
    }
  }

  /** The stream state (open VNC sessions). */
  public Streams streams() {
    return streams;
  }

  private void handle(HttpServerRequest req) {
    if (UploadTokenApi.owns(req.path())) {
      handleUploadGroup(req);
      return;
    }
    Optional<SubresourcePath> parsed = SubresourcePath.parse(req.path());
    if (parsed.isEmpty()) {
      write(req, ApiResponse.of(ApiStatus.pathNotFound(req.path())));
      return;
    }
    SubresourcePath p = parsed.get();
    if (p.needsNoAuthorization()) {
      write(req, discovery(p));
      return;
    }
    FrontProxyAuthenticator.Result auth = authenticator.authenticate(peerChain(req), headers(req));
    if (auth.user().isEmpty()) {
      write(req, ApiResponse.of(ApiStatus.unauthorized(auth.reason())));
      return;
    }
    UserInfo user = auth.user().get();
    boolean isStream =
        Streams.isStream(p.subresource()) && p.resource().equals(SubresourcePath.VMIS);
    if (isStream) {
      req.pause();
      authorizeThen(req, user, p, () -> stream(req, p));
      return;
    }
    req.body()
        .onFailure(e -> write(req, ApiResponse.of(ApiStatus.badRequest(e.getMessage()))))
        .onSuccess(body -> authorizeThen(req, user, p, () -> serve(req, p, body)));
  }

  /** {@code upload.cdi.kubevirt.io}: discovery, then authenticated and reviewed token requests. */
  private void handleUploadGroup(HttpServerRequest req) {
    String method = req.method().name();
    Optional<ApiResponse> doc = UploadTokenApi.discovery(req.path());
    if (uploadTokens.isPresent() && doc.isPresent() && "GET".equals(method)) {
      write(req, doc.get());
      return;
    }
    Optional<AccessReviewer.Attributes> attributes = UploadTokenApi.attributes(method, req.path());
    if (uploadTokens.isEmpty() || attributes.isEmpty()) {
      write(req, UploadTokenApi.notServed(method, req.path()));
      return;
    }
    FrontProxyAuthenticator.Result auth = authenticator.authenticate(peerChain(req), headers(req));
    if (auth.user().isEmpty()) {
      write(req, ApiResponse.of(ApiStatus.unauthorized(auth.reason())));
      return;
    }
    UserInfo user = auth.user().get();
    AccessReviewer.Attributes a = attributes.get();
    req.body()
        .onFailure(e -> write(req, ApiResponse.of(ApiStatus.badRequest(e.getMessage()))))
        .onSuccess(
            body ->
                vertx
                    .executeBlocking(() -> reviewer.review(user, a), false)
                    .onComplete(
                        ar -> {
                          if (ar.failed()) {
                            write(
                                req,
                                ApiResponse.of(
                                    ApiStatus.internal(
                                        "authorization: " + ar.cause().getMessage())));
                          } else if (!ar.result().allowed()) {
                            write(req, ApiResponse.of(UploadTokenApi.forbidden(user.name(), a)));
                          } else {
                            write(
                                req,
                                uploadTokens
                                    .get()
                                    .create(req.path(), body.getBytes(), Instant.now()));
                          }
                        }));
  }

  private void authorizeThen(
      HttpServerRequest req, UserInfo user, SubresourcePath p, Runnable next) {
    vertx
        .<Optional<Status>>executeBlocking(() -> authorize(user, req.method().name(), p), false)
        .onComplete(
            ar -> {
              if (ar.succeeded() && ar.result().isEmpty()) {
                next.run();
                return;
              }
              req.resume();
              write(
                  req,
                  ApiResponse.of(
                      ar.failed()
                          ? ApiStatus.internal("authorization: " + ar.cause().getMessage())
                          : ar.result().get()));
            });
  }

  private Optional<Status> authorize(UserInfo user, String method, SubresourcePath p) {
    Optional<String> verb = p.rbacVerb(method);
    if (verb.isEmpty()) {
      return Optional.of(ApiStatus.methodNotAllowed(method, p.resource() + "/" + p.subresource()));
    }
    AccessReviewer.Decision d =
        reviewer.review(
            user,
            new AccessReviewer.Attributes(
                p.namespace(),
                verb.get(),
                p.version(),
                p.resource(),
                p.rbacSubresource(),
                p.name()));
    if (d.allowed()) {
      return Optional.empty();
    }
    String qualified = p.resource() + "/" + p.rbacSubresource() + "." + Discovery.GROUP;
    return Optional.of(
        ApiStatus.forbidden(
            qualified,
            p.name(),
            "User \""
                + user.name()
                + "\" cannot "
                + verb.get()
                + " resource \""
                + p.resource()
                + "/"
                + p.rbacSubresource()
                + "\" in API group \""
                + Discovery.GROUP
                + "\" in the namespace \""
                + p.namespace()
                + "\""
                + (d.reason().isEmpty() ? "" : ": " + d.reason())));
  }

  private void serve(HttpServerRequest req, SubresourcePath p, Buffer body) {
    String method = req.method().name();
    if (body.length() > MAX_BODY) {
      write(req, ApiResponse.of(ApiStatus.badRequest("request body larger than 1 MiB")));
      return;
    }
    vertx
        .executeBlocking(() -> api.handle(p, method, body.getBytes()), false)
        .onComplete(
            ar ->
                write(
                    req,
                    ar.succeeded()
                        ? ar.result()
                        : ApiResponse.of(
                            ApiStatus.internal(String.valueOf(ar.cause().getMessage())))));
  }

  private void stream(HttpServerRequest req, SubresourcePath p) {
    String key = p.namespace() + "/" + p.name();
    boolean preserve = "true".equalsIgnoreCase(req.getParam("preserveSession"));
    vertx
        .executeBlocking(() -> store.vmi(p.namespace(), p.name()), false)
        .onComplete(
            ar -> {
              if (ar.failed()) {
                req.resume();
                write(req, ApiResponse.of(ApiStatus.internal(ar.cause().getMessage())));
                return;
              }
              Optional<VirtualMachineInstance> vmi = ar.result();
              Optional<Status> refused = Streams.precheck(p.name(), vmi);
              if (refused.isEmpty() && "vnc".equals(p.subresource())) {
                refused = streams.vncBusy(key, p.name(), preserve);
              }
              if (refused.isPresent()) {
                req.resume();
                write(req, ApiResponse.of(refused.get()));
                return;
              }
              dialAndUpgrade(req, p, key, vmi.get());
            });
  }

  private void dialAndUpgrade(
      HttpServerRequest req, SubresourcePath p, String key, VirtualMachineInstance vmi) {
    String query = req.query() == null ? "" : req.query();
    dialer
        .open(vmi, p.subresource(), query)
        .onComplete(
            ws -> {
              req.resume();
              if (ws.failed()) {
                write(
                    req,
                    ApiResponse.of(
                        ApiStatus.internal(
                            "cannot reach virt-handler for "
                                + p.subresource()
                                + ": "
                                + ws.cause().getMessage())));
                return;
              }
              req.toWebSocket()
                  .onSuccess(client -> streams.relay(key, p.subresource(), client, ws.result()))
                  .onFailure(
                      e -> {
                        LOG.warn("websocket upgrade of {} failed: {}", key, e.getMessage());
                        ws.result().close(Streams.GOING_AWAY, "client upgrade failed");
                      });
            });
  }

  private static ApiResponse discovery(SubresourcePath p) {
    switch (p.kind()) {
      case ROOT:
        return ApiResponse.json(200, Discovery.rootPaths());
      case APIS:
        return ApiResponse.json(200, Discovery.groupList());
      case GROUP:
        return ApiResponse.json(200, Discovery.group());
      case RESOURCES:
        return ApiResponse.json(200, Discovery.resourceList(p.version()));
      case HEALTH:
        return ApiResponse.text(200, "ok");
      case VERSION_INFO:
        return "version".equals(p.resource())
            ? ApiResponse.json(200, Map.of("gitVersion", SERVER_VERSION, "platform", "linux/amd64"))
            : ApiResponse.text(200, "ok");
      default:
        return ApiResponse.of(ApiStatus.pathNotFound("/openapi"));
    }
  }

  private static List<X509Certificate> peerChain(HttpServerRequest req) {
    if (!req.isSSL()) {
      return List.of();
    }
    try {
      List<X509Certificate> out = new ArrayList<>();
      for (Certificate c : req.connection().peerCertificates()) {
        out.add((X509Certificate) c);
      }
      return out;
    } catch (SSLPeerUnverifiedException e) {
      return List.of();
    }
  }

  private static Map<String, List<String>> headers(HttpServerRequest req) {
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : req.headers().names()) {
      h.put(name, req.headers().getAll(name));
    }
    return h;
  }

  private static void write(HttpServerRequest req, ApiResponse r) {
    if (r.code() >= 400) {
      LOG.info("{} {} -> {}", req.method(), req.path(), r.code());
    }
    var resp = req.response().setStatusCode(r.code());
    if (r.json() != null) {
      try {
        resp.putHeader("Content-Type", "application/json").end(JSON.writeValueAsString(r.json()));
      } catch (JsonProcessingException e) {
        resp.setStatusCode(500).end("serializing the response: " + e.getMessage());
      }
    } else if (r.text() != null) {
      resp.putHeader("Content-Type", "text/plain; charset=utf-8").end(r.text());
    } else {
      resp.end();
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.close().toCompletionStage().toCompletableFuture().join();
    }
  }
}
