package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
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
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link HandlerClient} over HTTPS with mutual TLS: finds the virt-handler pod on the VMI's node
 * (label selector, {@code spec.nodeName}, Running), presents the client certificate the operator
 * issued and trusts only the operator's CA.
 */
public final class VertxHandlerClient implements HandlerClient {
  private static final long TIMEOUT_SECONDS = 10;

  private final KubernetesClient kube;
  private final SubresourceConfig config;
  private final HttpClient http;

  /** With the operator's PKI. */
  public VertxHandlerClient(
      Vertx vertx, KubernetesClient kube, SubresourceConfig config, CertificateStore.Pki pki) {
    this.kube = kube;
    this.config = config;
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

  /** The handler URI path of a VMI subresource, KubeVirt's layout. */
  public static String path(VirtualMachineInstance vmi, String what) {
    return "/v1/namespaces/"
        + vmi.getMetadata().getNamespace()
        + "/virtualmachineinstances/"
        + vmi.getMetadata().getName()
        + "/"
        + what;
  }

  /** The address of the virt-handler serving the VMI's node. */
  public String handlerAddress(VirtualMachineInstance vmi) {
    String node =
        VmiActions.node(vmi)
            .orElseThrow(
                () ->
                    new HandlerUnavailableException(
                        "VMI " + vmi.getMetadata().getName() + " is not scheduled to a node",
                        null));
    String[] sel = config.handlerSelector().split("=", 2);
    List<Pod> pods =
        kube.pods()
            .inNamespace(config.namespace())
            .withLabel(sel[0], sel.length > 1 ? sel[1] : null)
            .withField("spec.nodeName", node)
            .list()
            .getItems();
    return pods.stream()
        .filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()))
        .map(p -> p.getStatus().getPodIP())
        .filter(ip -> ip != null && !ip.isEmpty())
        .findFirst()
        .orElseThrow(
            () ->
                new HandlerUnavailableException(
                    "no running virt-handler ("
                        + config.handlerSelector()
                        + ") in namespace "
                        + config.namespace()
                        + " on node "
                        + node,
                    null));
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
    String host = handlerAddress(vmi);
    RequestOptions o =
        new RequestOptions()
            .setMethod(method)
            .setHost(host)
            .setPort(config.handlerPort())
            .setURI(path(vmi, what));
    Future<Response> f =
        http.request(o)
            .compose(req -> req.send(Buffer.buffer(body)))
            .compose(resp -> resp.body().map(b -> new Response(resp.statusCode(), b.toString())));
    try {
      return f.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HandlerUnavailableException("interrupted calling virt-handler at " + host, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new HandlerUnavailableException(
          "virt-handler at " + host + ":" + config.handlerPort() + ": " + e.getMessage(), e);
    }
  }

  /** Opens the handler's websocket for a stream ({@code console}, {@code vnc}). */
  public Future<WebSocket> openStream(VirtualMachineInstance vmi, String what, String query) {
    String host;
    try {
      host = handlerAddress(vmi);
    } catch (HandlerUnavailableException e) {
      return Future.failedFuture(e);
    }
    WebSocketConnectOptions o =
        new WebSocketConnectOptions()
            .setHost(host)
            .setPort(config.handlerPort())
            .setSsl(true)
            .setURI(path(vmi, what) + (query == null || query.isEmpty() ? "" : "?" + query))
            .addSubProtocol(Streams.SUBPROTOCOL);
    return http.webSocket(o);
  }
}
