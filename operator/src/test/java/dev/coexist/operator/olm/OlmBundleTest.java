package dev.coexist.operator.olm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class OlmBundleTest {
  static final String NS = "kubevirt-hyperconverged";

  static List<HasMetadata> base(String authReaderRole) {
    return List.of(
        new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build(),
        new ServiceAccountBuilder()
            .withNewMetadata()
            .withName("op")
            .withNamespace(NS)
            .endMetadata()
            .build(),
        new DeploymentBuilder()
            .withNewMetadata()
            .withName("op")
            .withNamespace(NS)
            .endMetadata()
            .withNewSpec()
            .withReplicas(2)
            .endSpec()
            .build(),
        new ClusterRoleBuilder()
            .withNewMetadata()
            .withName("op")
            .endMetadata()
            .addNewRule()
            .withApiGroups("apps")
            .withResources("daemonsets")
            .withVerbs("create")
            .endRule()
            .build(),
        new ClusterRoleBindingBuilder()
            .withNewMetadata()
            .withName("op")
            .endMetadata()
            .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "op")
            .addNewSubject(null, "ServiceAccount", "op", NS)
            .build(),
        new RoleBuilder()
            .withNewMetadata()
            .withName("lease")
            .withNamespace(NS)
            .endMetadata()
            .addNewRule()
            .withApiGroups("coordination.k8s.io")
            .withResources("leases")
            .withVerbs("get")
            .endRule()
            .build(),
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName("lease")
            .withNamespace(NS)
            .endMetadata()
            .withNewRoleRef("rbac.authorization.k8s.io", "Role", "lease")
            .addNewSubject(null, "ServiceAccount", "op", null)
            .build(),
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName("auth-reader")
            .withNamespace("kube-system")
            .endMetadata()
            .withNewRoleRef("rbac.authorization.k8s.io", "Role", authReaderRole)
            .addNewSubject(null, "ServiceAccount", "op", NS)
            .build(),
        new ClusterRoleBuilder()
            .withNewMetadata()
            .withName("users:edit")
            .endMetadata()
            .addNewRule()
            .withApiGroups("subresources.kubevirt.io")
            .withResources("virtualmachines/start")
            .withVerbs("update")
            .endRule()
            .build());
  }

  static OlmBundle.Bundle build(String authReaderRole) {
    return OlmBundle.build(
        new OlmBundle.Inputs("1.2.3", NS, base(authReaderRole), List.of(), List.of()));
  }

  @Test
  void deploymentAndBoundRolesBecomeTheInstallStrategy() {
    OlmBundle.Bundle b = build("extension-apiserver-authentication-reader");
    ClusterServiceVersion.InstallSpec install = b.csv().spec().install().spec();
    assertThat(b.csv().metadata().name()).isEqualTo("coexist-operator.v1.2.3");
    assertThat(install.deployments()).extracting(d -> d.name()).containsExactly("op");
    assertThat(install.permissions())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.serviceAccountName()).isEqualTo("op");
              assertThat(p.rules().toString()).contains("leases");
            });
    assertThat(install.clusterPermissions())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.rules().toString())
                    .contains("daemonsets")
                    .contains("extension-apiserver-authentication"));
    assertThat(b.extra())
        .extracting(o -> o.getMetadata().getName())
        .as("unbound roles are extra manifests; bound ones, SA and namespace are not")
        .containsExactly("users:edit");
    assertThat(b.annotations())
        .containsEntry("operators.operatorframework.io.bundle.mediatype.v1", "registry+v1")
        .containsEntry("operators.operatorframework.io.bundle.package.v1", "coexist");
  }

  @Test
  void aRoleBindingOutsideTheInstallNamespaceWithoutTranslationIsAnError() {
    assertThatThrownBy(() -> build("something-else"))
        .hasMessageContaining("kube-system/auth-reader")
        .hasMessageContaining("FOREIGN_ROLES");
  }
}
