package dev.coexist.operator.hco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HcoConfigTest {

  @Test
  void defaults() {
    HcoConfig c = HcoConfig.fromEnv("1.0", Map.of());
    assertThat(c)
        .isEqualTo(
            new HcoConfig(
                "kubevirt-hyperconverged",
                "1.0",
                false,
                "virt-handler",
                new OperandConfig(
                    "localhost/coexist/virt-handler:latest",
                    "IfNotPresent",
                    "/var/lib/kubelet/pods",
                    Map.of(),
                    Optional.empty(),
                    "coexist-subresources-certs",
                    true),
                Optional.of("coexist-operator")));
  }

  @Test
  void operatorDeploymentNamedOrNone() {
    assertThat(
            HcoConfig.fromEnv("1.0", Map.of("COEXIST_OPERATOR_DEPLOYMENT", "op"))
                .operatorDeployment())
        .contains("op");
    assertThat(
            HcoConfig.fromEnv("1.0", Map.of("COEXIST_OPERATOR_DEPLOYMENT", "none"))
                .operatorDeployment())
        .isEmpty();
    assertThatThrownBy(
            () -> HcoConfig.fromEnv("1.0", Map.of("COEXIST_OPERATOR_DEPLOYMENT", "Not_A_Name")))
        .hasMessageContaining("COEXIST_OPERATOR_DEPLOYMENT");
  }

  @Test
  void envOverrides() {
    HcoConfig c =
        HcoConfig.fromEnv(
            "1.0",
            Map.of(
                "POD_NAMESPACE",
                "openshift-cnv",
                "KVM_EMULATION",
                "true",
                "COEXIST_HANDLER_DAEMONSET",
                "h"));
    assertThat(c.namespace()).isEqualTo("openshift-cnv");
    assertThat(c.kvmEmulation()).isTrue();
    assertThat(c.handlerDaemonSet()).isEqualTo("h");
  }

  @Test
  void operandSettingsAndCopiedEnv() {
    OperandConfig o =
        OperandConfig.fromEnv(
            Map.of(
                "COEXIST_OPERAND_ENV", "KUBERNETES_SERVICE_HOST, KUBERNETES_SERVICE_PORT",
                "KUBERNETES_SERVICE_HOST", "10.88.0.1",
                "KUBERNETES_SERVICE_PORT", "6443",
                "COEXIST_HANDLER_PULL_POLICY", "Never",
                "COEXIST_HANDLER_PODS_DIR", "/state/kubelet/pods",
                "COEXIST_SUBRESOURCES_ENABLED", "true",
                "COEXIST_HCO_MANAGE_HANDLER", "false"));
    assertThat(o.env())
        .containsOnly(
            Map.entry("KUBERNETES_SERVICE_HOST", "10.88.0.1"),
            Map.entry("KUBERNETES_SERVICE_PORT", "6443"));
    assertThat(o.handlerPullPolicy()).isEqualTo("Never");
    assertThat(o.podsDir()).isEqualTo("/state/kubelet/pods");
    assertThat(o.subresourcesService()).contains("coexist-subresources");
    assertThat(o.manageHandler()).isFalse();
  }

  @Test
  void badOperandSettingsNameTheVariable() {
    assertThatThrownBy(() -> OperandConfig.fromEnv(Map.of("COEXIST_OPERAND_ENV", "NOPE")))
        .hasMessageContaining("COEXIST_OPERAND_ENV")
        .hasMessageContaining("NOPE");
    assertThatThrownBy(() -> OperandConfig.fromEnv(Map.of("COEXIST_HANDLER_PULL_POLICY", "x")))
        .hasMessageContaining("COEXIST_HANDLER_PULL_POLICY");
    assertThatThrownBy(() -> OperandConfig.fromEnv(Map.of("COEXIST_HANDLER_PODS_DIR", "pods")))
        .hasMessageContaining("COEXIST_HANDLER_PODS_DIR");
  }

  @Test
  void badEmulationNamesTheVariable() {
    assertThatThrownBy(() -> HcoConfig.fromEnv("1.0", Map.of("KVM_EMULATION", "yes")))
        .hasMessageContaining("KVM_EMULATION");
  }
}
