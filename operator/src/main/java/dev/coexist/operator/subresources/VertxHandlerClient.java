package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.SSLOptions;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link HandlerClient} over HTTPS with mutual TLS: asks the {@link HandlerLocator} for the
 * virt-handler of the VMI's node, presents the client certificate the operator issued and trusts
 * only the operator's CA.
 */
public final class VertxHandlerClient implements HandlerClient {
  private static final long TIMEOUT_SECONDS = 30;

  private final HandlerLocator locator;
  private final int port;
  private final HttpClient http;

  /** With the operator's PKI; handlers listen on {@code port}. */
  public VertxHandlerClient(
      Vertx vertx, HandlerLocator locator, int port, CertificateStore.Pki pki) {
    this.locator = locator;
    this.port = port;
    this.http =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setSsl(true)
                .setVerifyHost(false)
                .setConnectTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS))
                .setKeyCertOptions(
                    new PemKeyCertOptions()
                        .setCertValue(Buffer.buffer(pki.client().certPem()))
                        .setKeyValue(Buffer.buffer(pki.client().keyPem())))
                .setTrustOptions(
                    new PemTrustOptions().addCertValue(Buffer.buffer(pki.ca().certPem()))));
  }

  /** Presents a renewed client certificate (and trusts the PKI's CA) on new connections. */
  public boolean updateTls(CertificateStore.Pki pki) {
    try {
      return http.updateSSLOptions(
              new SSLOptions()
                  .setKeyCertOptions(
                      new PemKeyCertOptions()
                          .setCertValue(Buffer.buffer(pki.client().certPem()))
                          .setKeyValue(Buffer.buffer(pki.client().keyPem())))
                  .setTrustOptions(
                      new PemTrustOptions().addCertValue(Buffer.buffer(pki.ca().certPem()))),
              true)
          .toCompletionStage()
          .toCompletableFuture()
          .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reloading the client certificate", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("reloading the client certificate: " + e.getMessage(), e);
    }
  }

  /** The handler URI path of a VMI subresource, KubeVirt's layout. */
  public static String path(VirtualMachineInstance vmi, String what) {
    return "/v1/namespaces/"
        + vmi.getMetadata().getNamespace()
        + "/virtualmachineinstances/"
        + vmi.getMetadata().getName()
        + "/"
        + what;
  }

  @Override
  public Response put(VirtualMachineInstance vmi, String action, byte[] body) {
    return call(vmi, HttpMethod.PUT, action, body);
  }

  @Override
  public Response get(VirtualMachineInstance vmi, String what) {
    return call(vmi, HttpMethod.GET, what, new byte[0]);
  }

  private Response call(VirtualMachineInstance vmi, HttpMethod method, String what, byte[] body) {
    String host = locator.address(vmi);
    RequestOptions o =
        new RequestOptions().setMethod(method).setHost(host).setPort(port).setURI(path(vmi, what));
    Future<Response> f =
        http.request(o)
            // body() is asked for in the same event-loop turn as the response arrives: asked for
            // later (a flat compose chain built on a worker thread), the response may already
            // have ended and body() never completes (eclipse-vertx/vert.x#6038).
            .compose(
                req ->
                    req.send(Buffer.buffer(body))
                        .compose(
                            resp ->
                                resp.body()
                                    .map(b -> new Response(resp.statusCode(), b.toString()))));
    try {
      return f.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HandlerUnavailableException("interrupted calling virt-handler at " + host, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new HandlerUnavailableException(
          "virt-handler at " + host + ":" + port + ": " + e.getMessage(), e);
    }
  }

  /** Opens the handler's websocket for a stream ({@code console}, {@code vnc}). */
  public Future<WebSocket> openStream(VirtualMachineInstance vmi, String what, String query) {
    String host;
    try {
      host = locator.address(vmi);
    } catch (HandlerUnavailableException e) {
      return Future.failedFuture(e);
    }
    WebSocketConnectOptions o =
        new WebSocketConnectOptions()
            .setHost(host)
            .setPort(port)
            .setSsl(true)
            .setURI(path(vmi, what) + (query == null || query.isEmpty() ? "" : "?" + query))
            .addSubProtocol(Streams.SUBPROTOCOL);
    return http.webSocket(o)
        .map(
            ws -> {
              ws.pause();
              return ws;
            });
  }
}
