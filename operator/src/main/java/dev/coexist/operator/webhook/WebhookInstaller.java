package dev.coexist.operator.webhook;

import dev.coexist.operator.subresources.CertificateStore;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the webhook and registers it: the CA and serving certificate come from (or are stored
 * into) the Secret {@value #SECRET} so every replica serves with the same CA; then the Service
 * (plus its Endpoints when the config names an endpoint IP) and the ValidatingWebhookConfiguration
 * with that CA are server-side applied.
 */
public final class WebhookInstaller {

  /** The Secret holding the webhook's CA and serving certificate. */
  public static final String SECRET = "coexist-hco-webhook-certs";

  private static final Logger LOG = LoggerFactory.getLogger(WebhookInstaller.class);
  private static final String MANAGER = "coexist-hco-webhook";

  private WebhookInstaller() {}

  /** Starts the server and registers it; the caller closes the server. */
  public static WebhookServer install(
      KubernetesClient client, WebhookConfig cfg, Workloads workloads, Clock clock) {
    CertificateStore.Pki pki =
        CertificateStore.loadOrCreate(
            client,
            cfg.namespace(),
            SECRET,
            List.of(cfg.serviceDnsName(), cfg.serviceName() + "." + cfg.namespace()),
            clock);
    WebhookServer server =
        WebhookServer.start(cfg, new AdmissionHandler(workloads), pki.ca(), pki.serving());
    try {
      client
          .resource(WebhookRegistration.service(cfg, server.port()))
          .fieldManager(MANAGER)
          .forceConflicts()
          .serverSideApply();
      cfg.endpointIp()
          .ifPresent(
              ip ->
                  client
                      .resource(WebhookRegistration.endpoints(cfg, ip, server.port()))
                      .fieldManager(MANAGER)
                      .forceConflicts()
                      .serverSideApply());
      client
          .resource(WebhookRegistration.configuration(cfg, server.caPem()))
          .fieldManager(MANAGER)
          .forceConflicts()
          .serverSideApply();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    LOG.info(
        "registered ValidatingWebhookConfiguration {} -> service {}/{}",
        cfg.configurationName(),
        cfg.namespace(),
        cfg.serviceName());
    return server;
  }

  /** Removes the registration (uninstall, tests). */
  public static void uninstall(KubernetesClient client, WebhookConfig cfg) {
    client
        .resources(ValidatingWebhookConfiguration.class)
        .withName(cfg.configurationName())
        .delete();
  }
}
