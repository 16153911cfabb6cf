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
  private final UploadProxy uploadProxy;
  private final int uploadProxyPort;
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
      Vertx vertx,
      SubresourceServer server,
      int port,
      CertificateStore.Pki pki,
      UploadProxy uploadProxy,
      int uploadProxyPort,
      Renewing renewing) {
    this.vertx = vertx;
    this.server = server;
    this.port = port;
    this.pki = pki;
    this.uploadProxy = uploadProxy;
    this.uploadProxyPort = uploadProxyPort;
    this.renewing = renewing;
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
   * (virt-handler reloads it), and the APIServices' caBundle if the CA changed. The upload proxy
   * keeps the certificates it started with (valid: the CA stays on a leaf renewal).
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
      register(r.client(), r.config(), r.servicePort(), next);
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
    RequestHeaderConfig rh = requestHeaders(client);
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
    return new SubresourceApiServer(
        vertx,
        server,
        bound,
        pki,
        proxy,
        proxyPort,
        new Renewing(
            client,
            config,
            servicePort,
            List.copyOf(sans),
            rh.clientCaPem(),
            handlers,
            Clock.systemUTC()));
  }

  private static RequestHeaderConfig requestHeaders(KubernetesClient client) {
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
    return RequestHeaderConfig.fromConfigMapData(
        Optional.ofNullable(cm.getData()).orElse(Map.of()));
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
            config.namespace(),
            config.serviceName(),
            UploadApiService.SERVICE_PORT,
            pki.ca().certPem()));
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
    timer.shutdownNow();
    uploadProxy.close();
    server.close();
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
