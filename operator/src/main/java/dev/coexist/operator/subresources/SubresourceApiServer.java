package dev.coexist.operator.subresources;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the subresource API inside the operator process: reads the front-proxy configuration,
 * loads or issues the PKI, listens, and registers the APIServices with the CA bundle.
 */
public final class SubresourceApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SubresourceApiServer.class);

  /** How often the certificates are looked at (renewed leaves, another replica's renewal). */
  public static final Duration CERT_CHECK = Duration.ofHours(1);

  private final Vertx vertx;
  private final SubresourceServer server;
  private final int port;
  private final Renewing renewing;
  private final ScheduledExecutorService timer;
  private volatile CertificateStore.Pki pki;

  /** What a certificate refresh needs. */
  private record Renewing(
      KubernetesClient client,
      SubresourceConfig config,
      int servicePort,
      List<String> sans,
      String requestHeaderCaPem,
      VertxHandlerClient handlers,
      Clock clock) {}

  private SubresourceApiServer(
      Vertx vertx, SubresourceServer server, int port, CertificateStore.Pki pki, Renewing r) {
    this.vertx = vertx;
    this.server = server;
    this.port = port;
    this.pki = pki;
    this.renewing = r;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            t -> {
              Thread th = new Thread(t, "subresources-certs");
              th.setDaemon(true);
              return th;
            });
    long every = CERT_CHECK.toSeconds();
    timer.scheduleWithFixedDelay(this::refreshLogged, every, every, TimeUnit.SECONDS);
  }

  private void refreshLogged() {
    try {
      refreshCertificates();
    } catch (RuntimeException e) {
      LOG.warn("checking the subresource certificates failed (next try in {}): {}", CERT_CHECK, e);
    }
  }

  /**
   * Loads the PKI from the Secret (renewing leaves in their last third) and, when it changed,
   * serves, presents and publishes the new certificates without dropping open connections: the
   * serving certificate, the client certificate for virt-handler, Secret coexist-handler-certs
   * (virt-handler reloads it), and the APIServices' caBundle if the CA changed.
   *
   * @return whether anything changed
   */
  public synchronized boolean refreshCertificates() {
    Renewing r = renewing;
    CertificateStore.Pki next =
        CertificateStore.loadOrCreate(
            r.client(), r.config().namespace(), r.config().certSecret(), r.sans(), r.clock());
    if (next.equals(pki)) {
      return false;
    }
    CertificateStore.applyHandlerSecret(r.client(), r.config().namespace(), next);
    server.updateTls(next.serving(), r.requestHeaderCaPem());
    r.handlers().updateTls(next);
    if (!next.ca().equals(pki.ca()) && r.config().registerApiService()) {
      ApiServiceRegistration.apply(
          r.client(),
          ApiServiceRegistration.desired(
              r.config().namespace(),
              r.config().serviceName(),
              r.servicePort(),
              next.ca().certPem()));
    }
    pki = next;
    LOG.info("subresource certificates reloaded (serving, handler client, handler Secret)");
    return true;
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
    return new SubresourceApiServer(
        vertx,
        server,
        bound,
        pki,
        new Renewing(
            client,
            config,
            servicePort,
            List.copyOf(sans),
            rh.clientCaPem(),
            handlers,
            Clock.systemUTC()));
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
    timer.shutdownNow();
    server.close();
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
