package dev.coexist.operator.webhook;

import dev.coexist.crds.hco.v1beta1.HyperConverged;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfigurationBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** Pure builders of the webhook's Service, Endpoints and ValidatingWebhookConfiguration. */
public final class WebhookRegistration {

  /** The Service port the API server calls. */
  public static final int SERVICE_PORT = 443;

  /** The labels on what the operator registers. */
  public static final Map<String, String> LABELS =
      Map.of(
          "app.kubernetes.io/managed-by", "hco-operator", "app.kubernetes.io/component", "webhook");

  private WebhookRegistration() {}

  /** The Service: selects the operator pods, or (with an endpoint IP) has no selector. */
  public static Service service(WebhookConfig cfg, int targetPort) {
    ServiceBuilder b =
        new ServiceBuilder()
            .withNewMetadata()
            .withName(cfg.serviceName())
            .withNamespace(cfg.namespace())
            .withLabels(new TreeMap<>(LABELS))
            .endMetadata();
    var spec = b.withNewSpec();
    spec.addNewPort()
        .withName("https")
        .withPort(SERVICE_PORT)
        .withTargetPort(new IntOrString(targetPort))
        .endPort();
    if (cfg.endpointIp().isEmpty()) {
      spec.withSelector(new TreeMap<>(WebhookConfig.OPERATOR_POD_LABEL));
    }
    return spec.endSpec().build();
  }

  /** The Endpoints of a selector-less Service: {@code ip:port}. */
  public static Endpoints endpoints(WebhookConfig cfg, String ip, int port) {
    return new EndpointsBuilder()
        .withNewMetadata()
        .withName(cfg.serviceName())
        .withNamespace(cfg.namespace())
        .withLabels(new TreeMap<>(LABELS))
        .endMetadata()
        .addNewSubset()
        .addNewAddress()
        .withIp(ip)
        .endAddress()
        .addNewPort()
        .withName("https")
        .withPort(port)
        .endPort()
        .endSubset()
        .build();
  }

  /**
   * The registration: DELETE of hyperconvergeds in the install namespace goes to the webhook, whose
   * certificate {@code caPem} verifies; failure policy Fail (no check, no deletion).
   */
  public static ValidatingWebhookConfiguration configuration(WebhookConfig cfg, String caPem) {
    return new ValidatingWebhookConfigurationBuilder()
        .withNewMetadata()
        .withName(cfg.configurationName())
        .withLabels(new TreeMap<>(LABELS))
        .endMetadata()
        .addNewWebhook()
        .withName("validate-hco-deletion.hco.kubevirt.io")
        .withAdmissionReviewVersions("v1")
        .withSideEffects("None")
        .withFailurePolicy("Fail")
        .withTimeoutSeconds(10)
        .withNewClientConfig()
        .withCaBundle(Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.US_ASCII)))
        .withNewService()
        .withName(cfg.serviceName())
        .withNamespace(cfg.namespace())
        .withPath(WebhookConfig.PATH)
        .withPort(SERVICE_PORT)
        .endService()
        .endClientConfig()
        .addNewRule()
        .withApiGroups(HyperConverged.GROUP)
        .withApiVersions(HyperConverged.VERSION)
        .withOperations("DELETE")
        .withResources(HyperConverged.PLURAL)
        .withScope("Namespaced")
        .endRule()
        .withNewNamespaceSelector()
        .addToMatchLabels("kubernetes.io/metadata.name", cfg.namespace())
        .endNamespaceSelector()
        .endWebhook()
        .build();
  }
}
