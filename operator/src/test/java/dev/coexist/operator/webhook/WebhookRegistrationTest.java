package dev.coexist.operator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhook;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookRegistrationTest {

  static final WebhookConfig POD =
      new WebhookConfig("kubevirt-hyperconverged", "svc", "cfg", "0.0.0.0", 8443, Optional.empty());
  static final WebhookConfig BRIDGE =
      new WebhookConfig("t-ns", "svc", "cfg", "10.88.0.1", 0, Optional.of("10.88.0.1"));

  @Test
  void configurationSendsHyperConvergedDeletesToTheServiceWithTheCa() {
    ValidatingWebhook w =
        WebhookRegistration.configuration(POD, "-----BEGIN CERTIFICATE-----\n")
            .getWebhooks()
            .get(0);
    assertThat(w.getRules())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getOperations()).containsExactly("DELETE");
              assertThat(r.getResources()).containsExactly("hyperconvergeds");
              assertThat(r.getApiGroups()).containsExactly("hco.kubevirt.io");
            });
    assertThat(w.getClientConfig().getService().getName()).isEqualTo("svc");
    assertThat(w.getClientConfig().getService().getNamespace())
        .isEqualTo("kubevirt-hyperconverged");
    assertThat(w.getClientConfig().getService().getPath()).isEqualTo(WebhookConfig.PATH);
    assertThat(
            new String(
                Base64.getDecoder().decode(w.getClientConfig().getCaBundle()),
                StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(w.getFailurePolicy()).isEqualTo("Fail");
    assertThat(w.getSideEffects()).isEqualTo("None");
    assertThat(w.getNamespaceSelector().getMatchLabels())
        .isEqualTo(Map.of("kubernetes.io/metadata.name", "kubevirt-hyperconverged"));
  }

  @Test
  void serviceSelectsOperatorPodsUnlessAnEndpointIsGiven() {
    assertThat(WebhookRegistration.service(POD, 8443).getSpec().getSelector())
        .isEqualTo(WebhookConfig.OPERATOR_POD_LABEL);
    assertThat(WebhookRegistration.service(BRIDGE, 4321).getSpec().getSelector()).isNullOrEmpty();
    var ep = WebhookRegistration.endpoints(BRIDGE, "10.88.0.1", 4321);
    assertThat(ep.getSubsets().get(0).getAddresses().get(0).getIp()).isEqualTo("10.88.0.1");
    assertThat(ep.getSubsets().get(0).getPorts().get(0).getPort()).isEqualTo(4321);
  }

  @Test
  void certificateNameIsTheServiceDnsName() {
    assertThat(POD.serviceDnsName()).isEqualTo("svc.kubevirt-hyperconverged.svc");
  }

  @Test
  void envConfig() {
    WebhookConfig c =
        WebhookConfig.fromEnv("ns", Map.of("COEXIST_WEBHOOK_ENDPOINT_IP", "10.88.0.1"));
    assertThat(c.endpointIp()).contains("10.88.0.1");
    assertThat(c.configurationName()).isEqualTo("coexist-hco-webhook-ns");
    assertThat(c.port()).isEqualTo(9443);
  }
}
