package dev.coexist.operator.subresources;

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

  private SubresourceApiServer(
      Vertx vertx, SubresourceServer server, int port, CertificateStore.Pki pki) {
    this.vertx = vertx;
    this.server = server;
    this.port = port;
    this.pki = pki;
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
    SubresourceServer server =
        new SubresourceServer(
            vertx,
            rh,
            new KubernetesAccessReviewer(client),
            new KubernetesVmStore(client),
            handlers,
            handlers::openStream);
    int bound;
    try {
      bound = server.start(config.bindHost(), config.port(), pki.serving(), rh.clientCaPem());
    } catch (RuntimeException e) {
      vertx.close();
      throw e;
    }
    if (config.registerApiService()) {
      ApiServiceRegistration.apply(
          client,
          ApiServiceRegistration.desired(
              config.namespace(), config.serviceName(), servicePort, pki.ca().certPem()));
    }
    LOG.info(
        "subresources.kubevirt.io serving on {}:{} (Service {}/{})",
        config.bindHost(),
        bound,
        config.namespace(),
        config.serviceName());
    return new SubresourceApiServer(vertx, server, bound, pki);
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
    server.close();
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
