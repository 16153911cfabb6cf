package dev.coexist.operator.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.operator.subresources.AccessReviewer;
import dev.coexist.operator.subresources.CertificateStore;
import dev.coexist.operator.subresources.Certificates;
import dev.coexist.operator.subresources.InMemoryVmStore;
import dev.coexist.operator.subresources.RequestHeaderConfig;
import dev.coexist.operator.subresources.SubresourceServer;
import dev.coexist.operator.subresources.VertxHandlerClient;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code upload.cdi.kubevirt.io} through the subresource server on loopback with real TLS: a
 * front-proxy client (its own request-header CA) asks for an UploadTokenRequest; the server reviews
 * {@code create} on {@code uploadtokenrequests} and answers with a token the upload proxy accepts.
 * Without RBAC 403, without the front-proxy certificate 401; discovery lists both groups.
 */
class UploadTokenRequestIT {
  private static final String HOST = "127.0.0.1";
  private static final String PATH =
      "/apis/upload.cdi.kubevirt.io/v1beta1/namespaces/ns1/uploadtokenrequests";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Vertx vertx;
  private SubresourceServer server;
  private HttpClient frontProxy;
  private HttpClient anonymous;
  private int port;
  private final List<AccessReviewer.Attributes> reviews = new CopyOnWriteArrayList<>();
  private final UploadTokens tokens = new UploadTokens(UploadTokensTest.KEY);

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    Instant now = Instant.now();
    CertificateStore.Pki pki =
        CertificateStore.issue(
            Certificates.newCa("test-ca", now, Duration.ofDays(1)), List.of(HOST), now);
    Certificates.Pair frontProxyCa = Certificates.newCa("front-proxy-ca", now, Duration.ofDays(1));
    Certificates.Pair proxyCert =
        Certificates.issue(
            frontProxyCa,
            "front-proxy-client",
            List.of(),
            Certificates.Usage.CLIENT,
            now,
            Duration.ofDays(1));
    RequestHeaderConfig rh =
        new RequestHeaderConfig(
            frontProxyCa.certPem(),
            List.of("front-proxy-client"),
            List.of("X-Remote-User"),
            List.of("X-Remote-Group"),
            List.of("X-Remote-Extra-"));
    AccessReviewer rbac =
        (user, a) -> {
          reviews.add(a);
          return new AccessReviewer.Decision(!"mallory".equals(user.name()), "no RBAC");
        };
    VertxHandlerClient handlers = new VertxHandlerClient(vertx, vmi -> HOST, 1, pki);
    server =
        new SubresourceServer(
            vertx,
            rh,
            rbac,
            new InMemoryVmStore(),
            handlers,
            handlers::openStream,
            Optional.of(new UploadTokenApi(tokens)));
    port = server.start(HOST, 0, pki.serving(), frontProxyCa.certPem());
    HttpClientOptions base =
        new HttpClientOptions()
            .setSsl(true)
            .setVerifyHost(false)
            .setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(pki.ca().certPem())));
    frontProxy =
        vertx.createHttpClient(
            new HttpClientOptions(base)
                .setKeyCertOptions(
                    new PemKeyCertOptions()
                        .setCertValue(Buffer.buffer(proxyCert.certPem()))
                        .setKeyValue(Buffer.buffer(proxyCert.keyPem()))));
    anonymous = vertx.createHttpClient(base);
  }

  @AfterEach
  void stop() {
    server.close();
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  private record Answer(int code, JsonNode body) {}

  private Answer call(HttpClient c, HttpMethod m, String path, String user, String body)
      throws Exception {
    RequestOptions o = new RequestOptions().setMethod(m).setHost(HOST).setPort(port).setURI(path);
    if (user != null) {
      o.putHeader("X-Remote-User", user).putHeader("X-Remote-Group", "system:authenticated");
    }
    return c.request(o)
        .compose(
            req ->
                (body == null ? req.send() : req.send(body))
                    .compose(r -> r.body().map(b -> new Answer(r.statusCode(), parse(b)))))
        .toCompletionStage()
        .toCompletableFuture()
        .get(30, TimeUnit.SECONDS);
  }

  private static JsonNode parse(Buffer b) {
    try {
      return JSON.readTree(b.getBytes());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("not JSON: " + b, e);
    }
  }

  @Test
  void anAuthorizedUserGetsATokenTheProxyAccepts() throws Exception {
    Answer a =
        call(
            frontProxy,
            HttpMethod.POST,
            PATH,
            "alice",
            "{\"apiVersion\":\"upload.cdi.kubevirt.io/v1beta1\",\"kind\":\"UploadTokenRequest\","
                + "\"metadata\":{\"name\":\"token-for-virtctl\"},\"spec\":{\"pvcName\":\"disk\"}}");
    assertThat(a.code()).as(a.body().toString()).isEqualTo(201);
    UploadTokens.Verification v =
        tokens.verify(a.body().path("status").path("token").asText(), Instant.now());
    assertThat(v.valid()).as(v.problem()).isTrue();
    assertThat(v.claims().get().namespace()).isEqualTo("ns1");
    assertThat(v.claims().get().name()).isEqualTo("disk");
    assertThat(reviews)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.group()).isEqualTo("upload.cdi.kubevirt.io");
              assertThat(r.verb()).isEqualTo("create");
              assertThat(r.resource()).isEqualTo("uploadtokenrequests");
              assertThat(r.namespace()).isEqualTo("ns1");
            });
  }

  @Test
  void withoutRbac403AndWithoutTheFrontProxy401() throws Exception {
    String body = "{\"spec\":{\"pvcName\":\"disk\"}}";
    Answer denied = call(frontProxy, HttpMethod.POST, PATH, "mallory", body);
    assertThat(denied.code()).isEqualTo(403);
    assertThat(denied.body().path("message").asText())
        .contains(
            "cannot create resource \"uploadtokenrequests\" in API group"
                + " \"upload.cdi.kubevirt.io\"");
    Answer anon = call(anonymous, HttpMethod.POST, PATH, "alice", body);
    assertThat(anon.code()).isEqualTo(401);
    assertThat(call(frontProxy, HttpMethod.GET, PATH, "alice", null).code()).isEqualTo(405);
  }

  @Test
  void discoveryListsBothGroups() throws Exception {
    Answer apis = call(anonymous, HttpMethod.GET, "/apis", null, null);
    assertThat(apis.body().path("groups").findValuesAsText("name"))
        .containsExactly("subresources.kubevirt.io", "upload.cdi.kubevirt.io");
    Answer v = call(anonymous, HttpMethod.GET, "/apis/upload.cdi.kubevirt.io/v1beta1", null, null);
    assertThat(v.code()).isEqualTo(200);
    assertThat(v.body().path("resources").get(0).path("kind").asText())
        .isEqualTo("UploadTokenRequest");
  }
}
