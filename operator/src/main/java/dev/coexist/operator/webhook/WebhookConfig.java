package dev.coexist.operator.webhook;

import java.util.Map;
import java.util.Optional;

/**
 * Where the webhook listens and how the API server finds it.
 *
 * @param namespace the install namespace (of the Service)
 * @param serviceName the webhook Service (the certificate names {@code
 *     <serviceName>.<namespace>.svc})
 * @param configurationName the ValidatingWebhookConfiguration
 * @param bindAddress the address the HTTPS server binds
 * @param port the port it listens on (0: any free port)
 * @param endpointIp when set, the Service has no selector and the operator writes its Endpoints
 *     with this address (a run's own non-loopback address, e.g. the bridge gateway in ITs); when
 *     empty, the Service selects the operator pods by {@link #OPERATOR_POD_LABEL}
 */
public record WebhookConfig(
    String namespace,
    String serviceName,
    String configurationName,
    String bindAddress,
    int port,
    Optional<String> endpointIp) {

  /** The label the Service selects operator pods by (when {@link #endpointIp} is empty). */
  public static final Map<String, String> OPERATOR_POD_LABEL =
      Map.of("app.kubernetes.io/name", "coexist-operator");

  /** The path of the HyperConverged deletion check. */
  public static final String PATH = "/validate-hco-kubevirt-io-v1beta1-hyperconverged";

  public WebhookConfig {
    for (var e :
        Map.of(
                "namespace", namespace == null ? "" : namespace,
                "serviceName", serviceName == null ? "" : serviceName,
                "configurationName", configurationName == null ? "" : configurationName,
                "bindAddress", bindAddress == null ? "" : bindAddress)
            .entrySet()) {
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException("WebhookConfig." + e.getKey() + ": must not be empty");
      }
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("WebhookConfig.port: out of range: " + port);
    }
    endpointIp = endpointIp == null ? Optional.empty() : endpointIp;
  }

  /**
   * From the environment: {@code COEXIST_WEBHOOK_PORT} (9443), {@code COEXIST_WEBHOOK_BIND}
   * (0.0.0.0), {@code COEXIST_WEBHOOK_ENDPOINT_IP} (empty), service {@code coexist-hco-webhook},
   * configuration {@code coexist-hco-webhook-<namespace>}.
   */
  public static WebhookConfig fromEnv(String namespace, Map<String, String> env) {
    String port = env.getOrDefault("COEXIST_WEBHOOK_PORT", "9443");
    int p;
    try {
      p = Integer.parseInt(port.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("COEXIST_WEBHOOK_PORT: not a number: '" + port + "'", e);
    }
    String ip = env.get("COEXIST_WEBHOOK_ENDPOINT_IP");
    return new WebhookConfig(
        namespace,
        "coexist-hco-webhook",
        "coexist-hco-webhook-" + namespace,
        env.getOrDefault("COEXIST_WEBHOOK_BIND", "0.0.0.0"),
        p,
        ip == null || ip.isBlank() ? Optional.empty() : Optional.of(ip.trim()));
  }

  /** The DNS name the serving certificate carries. */
  public String serviceDnsName() {
    return serviceName + "." + namespace + ".svc";
  }
}
