package dev.coexist.operator.hco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.kubevirt.v1.KubeVirt;
import dev.coexist.operator.subresources.ApiService;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandlerModelTest {
  static final OperandTemplates TEMPLATES = OperandTemplates.fromClasspath();
  static final HcoConfig CONFIG =
      new HcoConfig(
          "openshift-cnv",
          "1.2.3",
          true,
          "virt-handler",
          new OperandConfig(
              "reg/virt-handler:1.2.3",
              "Never",
              "/state/kubelet/pods",
              Map.of("KUBERNETES_SERVICE_HOST", "10.88.0.1"),
              Optional.of("coexist-subresources"),
              "coexist-subresources-certs",
              true));

  static HyperConverged hco() {
    HyperConverged hco = new HyperConverged();
    hco.setMetadata(
        new ObjectMetaBuilder()
            .withName(HyperConverged.SINGLETON_NAME)
            .withNamespace("openshift-cnv")
            .withUid("uid-1")
            .build());
    return hco;
  }

  static DaemonSet daemonSet(boolean emulation) {
    HcoConfig config =
        new HcoConfig(
            CONFIG.namespace(), "1", emulation, CONFIG.handlerDaemonSet(), CONFIG.operands());
    KubeVirt kv = OperandModel.kubeVirt(hco(), config);
    return HandlerModel.daemonSet(TEMPLATES, hco(), config, kv);
  }

  @Test
  void daemonSetIsOwnedAndCarriesImagePodsDirCopiedEnvAndEmulation() {
    DaemonSet ds = daemonSet(true);
    assertThat(ds.getMetadata().getNamespace()).isEqualTo("openshift-cnv");
    assertThat(ds.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo("HyperConverged");
              assertThat(o.getUid()).isEqualTo("uid-1");
              assertThat(o.getController()).isTrue();
            });
    assertThat(ds.getMetadata().getLabels())
        .containsEntry(OperandModel.LABEL_MANAGED_BY, OperandModel.MANAGED_BY);
    Container c = ds.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(c.getImage()).isEqualTo("reg/virt-handler:1.2.3");
    assertThat(c.getImagePullPolicy()).isEqualTo("Never");
    assertThat(c.getEnv())
        .contains(
            new EnvVar("KUBERNETES_SERVICE_HOST", "10.88.0.1", null),
            new EnvVar(HandlerModel.ENV_USE_EMULATION, "true", null));
    assertThat(c.getEnv())
        .extracting(EnvVar::getName)
        .doesNotHaveDuplicates()
        .contains("NODE_NAME");
    Volume pods =
        ds.getSpec().getTemplate().getSpec().getVolumes().stream()
            .filter(v -> v.getName().equals("pods"))
            .findFirst()
            .orElseThrow();
    assertThat(pods.getHostPath().getPath()).isEqualTo("/state/kubelet/pods");
    assertThat(ds.getSpec().getTemplate().getMetadata().getLabels())
        .containsEntry("kubevirt.io", "virt-handler");
  }

  @Test
  void withoutEmulationTheHandlerDecidesItself() {
    assertThat(daemonSet(false).getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
        .extracting(EnvVar::getName)
        .doesNotContain(HandlerModel.ENV_USE_EMULATION);
  }

  @Test
  void theTemplateIsNotModified() {
    daemonSet(true);
    assertThat(TEMPLATES.handlerDaemonSet().getMetadata().getNamespace()).isNull();
    assertThat(
            TEMPLATES
                .handlerDaemonSet()
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getEnv())
        .extracting(EnvVar::getName)
        .doesNotContain(HandlerModel.ENV_USE_EMULATION);
  }

  @Test
  void rbacBindsTheServiceAccountInTheInstallNamespace() {
    ClusterRoleBinding b = HandlerModel.clusterRoleBinding(TEMPLATES, CONFIG);
    assertThat(b.getSubjects())
        .allSatisfy(s -> assertThat(s.getNamespace()).isEqualTo("openshift-cnv"));
    assertThat(b.getRoleRef().getName())
        .isEqualTo(HandlerModel.clusterRole(TEMPLATES).getMetadata().getName());
    assertThat(HandlerModel.serviceAccount(TEMPLATES, hco(), CONFIG).getMetadata().getName())
        .isEqualTo(b.getSubjects().get(0).getName());
  }

  @Test
  void subresourceServiceAndApiServicesPointAtTheInstallNamespace() {
    Service s = HandlerModel.subresourcesService(TEMPLATES, hco(), CONFIG, "coexist-subresources");
    assertThat(s.getMetadata().getNamespace()).isEqualTo("openshift-cnv");
    assertThat(s.getMetadata().getOwnerReferences()).hasSize(1);
    List<ApiService> apis = HandlerModel.apiServices(CONFIG, "coexist-subresources", "PEM");
    assertThat(apis)
        .extracting(a -> a.getMetadata().getName())
        .containsExactly("v1.subresources.kubevirt.io", "v1alpha3.subresources.kubevirt.io");
    assertThat(apis)
        .allSatisfy(
            a -> {
              assertThat(a.getSpec().service().namespace()).isEqualTo("openshift-cnv");
              assertThat(a.getMetadata().getLabels())
                  .containsEntry(OperandModel.LABEL_MANAGED_BY, OperandModel.MANAGED_BY);
            });
  }
}
