package dev.coexist.operator.subresources;

import dev.coexist.operator.upload.KubernetesUploadTargets;
import dev.coexist.operator.upload.UploadApiService;
import dev.coexist.operator.upload.UploadProxy;
import dev.coexist.operator.upload.UploadTokenApi;
import dev.coexist.operator.upload.UploadTokenKey;
import dev.coexist.operator.upload.UploadTokens;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the subresource API inside the operator process: reads the front-proxy configuration,
 * loads or issues the PKI, listens, and registers the APIServices with the CA bundle.
 */
public final class SubresourceApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SubresourceApiServer.class);

  private final Vertx vertx;
  private final SubresourceServer server;
  private final int port;
  private final CertificateStore.Pki pki;
  private final UploadProxy uploadProxy;
  private final int uploadProxyPort;

  private SubresourceApiServer(
      Vertx vertx,
      SubresourceServer server,
      int port,
      CertificateStore.Pki pki,
      UploadProxy uploadProxy,
      int uploadProxyPort) {
    this.vertx = vertx;
    this.server = server;
    this.port = port;
    this.pki = pki;
    this.uploadProxy = uploadProxy;
    this.uploadProxyPort = uploadProxyPort;
  }

  /**
   * Starts the server.
   *
   * @param servicePort the Service port the APIService names (443 in deploy/)
   * @param extraSans extra serving-certificate names (e.g. the address a test binds)
   */
  public static SubresourceApiServer start(
      KubernetesClient client, SubresourceConfig config, int servicePort, List<String> extraSans) {
    ConfigMap cm =
        client
            .configMaps()
            .inNamespace(RequestHeaderConfig.NAMESPACE)
            .withName(RequestHeaderConfig.NAME)
            .get();
    if (cm == null) {
      throw new IllegalStateException(
          "ConfigMap "
              + RequestHeaderConfig.NAMESPACE
              + "/"
              + RequestHeaderConfig.NAME
              + " not found: kube-apiserver must run with --requestheader-client-ca-file");
    }
    RequestHeaderConfig rh =
        RequestHeaderConfig.fromConfigMapData(Optional.ofNullable(cm.getData()).orElse(Map.of()));
    List<String> sans =
        new ArrayList<>(
            List.of(
                config.serviceDnsName(),
                config.serviceName() + "." + config.namespace(),
                config.serviceDnsName() + ".cluster.local"));
    sans.addAll(extraSans);
    CertificateStore.Pki pki =
        CertificateStore.loadOrCreate(
            client, config.namespace(), config.certSecret(), sans, Clock.systemUTC());
    CertificateStore.applyHandlerSecret(client, config.namespace(), pki);
    Vertx vertx = Vertx.vertx();
    VertxHandlerClient handlers =
        new VertxHandlerClient(
            vertx,
            new KubernetesHandlerLocator(client, config.namespace(), config.handlerSelector()),
            config.handlerPort(),
            pki);
    UploadTokens tokens = new UploadTokens(UploadTokenKey.loadOrCreate(client, config.namespace()));
    SubresourceServer server =
        new SubresourceServer(
            vertx,
            rh,
            new KubernetesAccessReviewer(client),
            new KubernetesVmStore(client),
            handlers,
            handlers::openStream,
            Optional.of(new UploadTokenApi(tokens)));
    UploadProxy proxy =
        new UploadProxy(
            vertx,
            tokens,
            new KubernetesUploadTargets(client),
            pki.client(),
            pki.ca().certPem(),
            Clock.systemUTC());
    int bound;
    int proxyPort;
    try {
      bound = server.start(config.bindHost(), config.port(), pki.serving(), rh.clientCaPem());
      proxyPort = proxy.start(config.bindHost(), config.uploadProxyPort(), pki.serving());
    } catch (RuntimeException e) {
      vertx.close();
      throw e;
    }
    if (config.registerApiService()) {
      register(client, config, servicePort, pki);
    }
    LOG.info(
        "subresources.kubevirt.io serving on {}:{} (Service {}/{})",
        config.bindHost(),
        bound,
        config.namespace(),
        config.serviceName());
    LOG.info("upload proxy serving on {}:{}", config.bindHost(), proxyPort);
    return new SubresourceApiServer(vertx, server, bound, pki, proxy, proxyPort);
  }

  private static void register(
      KubernetesClient client,
      SubresourceConfig config,
      int servicePort,
      CertificateStore.Pki pki) {
    List<ApiService> apiServices =
        new ArrayList<>(
            ApiServiceRegistration.desired(
                config.namespace(), config.serviceName(), servicePort, pki.ca().certPem()));
    apiServices.add(
        UploadApiService.desired(
            config.namespace(), config.serviceName(), servicePort, pki.ca().certPem()));
    ApiServiceRegistration.apply(client, apiServices);
  }

  /** The upload proxy's bound port. */
  public int uploadProxyPort() {
    return uploadProxyPort;
  }

  /** The bound port. */
  public int port() {
    return port;
  }

  /** The PKI in use (CA, serving and client certificates). */
  public CertificateStore.Pki pki() {
    return pki;
  }

  /** The stream state. */
  public Streams streams() {
    return server.streams();
  }

  @Override
  public void close() {
    uploadProxy.close();
    server.close();
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
