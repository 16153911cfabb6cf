package dev.coexist.operator.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.coexist.operator.ModelJson;
import dev.coexist.operator.subresources.Certificates;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook's HTTPS server (JDK HttpsServer) with a serving certificate for {@code
 * <service>.<namespace>.svc} ({@link WebhookInstaller} creates it).
 */
public final class WebhookServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
  private static final KubernetesSerialization JSON = ModelJson.SHARED;
  private static final int MAX_BODY = 4 * 1024 * 1024;

  private final HttpsServer server;
  private final ExecutorService executor;
  private final String caPem;

  private WebhookServer(HttpsServer server, ExecutorService executor, String caPem) {
    this.server = server;
    this.executor = executor;
    this.caPem = caPem;
  }

  /** Starts serving {@link WebhookConfig#PATH}. */
  public static WebhookServer start(
      WebhookConfig cfg,
      AdmissionHandler handler,
      Certificates.Pair ca,
      Certificates.Pair serving) {
    try {
      HttpsServer server =
          HttpsServer.create(new InetSocketAddress(cfg.bindAddress(), cfg.port()), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(sslContext(serving)));
      server.createContext(WebhookConfig.PATH, ex -> handle(ex, handler));
      ExecutorService executor = Executors.newFixedThreadPool(2);
      server.setExecutor(executor);
      server.start();
      LOG.info(
          "admission webhook listening on {}:{}", cfg.bindAddress(), server.getAddress().getPort());
      return new WebhookServer(server, executor, ca.certPem());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "binding the webhook on " + cfg.bindAddress() + ":" + cfg.port(), e);
    }
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The CA (PEM) that verifies the serving certificate: the registration's caBundle. */
  public String caPem() {
    return caPem;
  }

  private static void handle(HttpExchange ex, AdmissionHandler handler) throws IOException {
    try (ex) {
      if (!"POST".equals(ex.getRequestMethod())) {
        reply(ex, 405, "only POST");
        return;
      }
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readNBytes(MAX_BODY);
      }
      AdmissionReview out;
      try {
        AdmissionReview in =
            JSON.unmarshal(new String(body, StandardCharsets.UTF_8), AdmissionReview.class);
        out = handler.review(in);
      } catch (IllegalArgumentException e) {
        LOG.warn("bad AdmissionReview: {}", e.getMessage());
        reply(ex, 400, e.getMessage());
        return;
      } catch (RuntimeException e) {
        LOG.error("admission review failed", e);
        reply(ex, 500, "admission review failed: " + e.getMessage());
        return;
      }
      if (out.getResponse() != null && !Boolean.TRUE.equals(out.getResponse().getAllowed())) {
        LOG.info("refused: {}", out.getResponse().getStatus().getMessage());
      }
      byte[] json = JSON.asJson(out).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, json.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(json);
      }
    }
  }

  private static void reply(HttpExchange ex, int code, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(code, b.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(b);
    }
  }

  private static SSLContext sslContext(Certificates.Pair serving) {
    try {
      char[] pw = "webhook".toCharArray();
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, pw);
      ks.setKeyEntry(
          "serving",
          Certificates.parseKey(serving.keyPem()),
          pw,
          Certificates.parseCertificates(serving.certPem()).toArray(new Certificate[0]));
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, pw);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("building the webhook TLS context", e);
    }
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
  }
}
