package dev.coexist.e2e.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.PodRuns;
import dev.coexist.e2e.cluster.TestNamespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The networking design for components that talk to the API server: a normal pod on the pod
 * network, KUBERNETES_SERVICE_HOST/PORT set explicitly to the bridge address, authenticating with
 * its projected service-account token and verifying TLS against the cluster CA.
 */
@ClusterTest
class ApiFromPodIT {
  private TestNamespace current;

  @Test
  void podListsNamespacesWithItsServiceAccountToken(TestNamespace ns) {
    current = ns;
    ns.client()
        .serviceAccounts()
        .inNamespace(ns.name())
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName("probe").endMetadata().build())
        .create();
    ns.client()
        .rbac()
        .clusterRoleBindings()
        .resource(
            new ClusterRoleBindingBuilder()
                .withNewMetadata()
                .withName(ns.name() + "-probe")
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "view")
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName("probe")
                .withNamespace(ns.name())
                .endSubject()
                .build())
        .create();
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName("list-namespaces")
            .endMetadata()
            .withNewSpec()
            .withRestartPolicy("Never")
            .withServiceAccountName("probe")
            .addNewContainer()
            .withName("probe")
            .withImage("localhost/coexist/e2e:latest")
            .withImagePullPolicy("Never")
            .withEnv(ns.podApiEnvVars())
            .endContainer()
            .endSpec()
            .build();

    String log = PodRuns.runToCompletion(ns, pod, Duration.ofSeconds(90));

    assertThat(log)
        .contains("api-server https://" + ns.podApiEnv().get("KUBERNETES_SERVICE_HOST"))
        .contains("namespace " + ns.name())
        .contains("namespace kube-system");
  }

  @AfterEach
  void deleteBinding() {
    if (current != null) {
      current.client().rbac().clusterRoleBindings().withName(current.name() + "-probe").delete();
    }
  }
}
