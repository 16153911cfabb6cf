package dev.coexist.e2e.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The {@code k3s} profile: the same suite on k3s in a Testcontainers container. Where no Docker
 * engine exists this aborts the tests (JUnit shows them skipped) with the reason: the only skip the
 * project allows.
 */
final class K3sCluster {
  static final String IMAGE = "rancher/k3s:v1.33.5-k3s1";

  private K3sCluster() {}

  /** Why the k3s cluster cannot run here, if it cannot: the tests are then skipped with it. */
  static Optional<String> unavailableReason() {
    boolean docker;
    try {
      docker = DockerClientFactory.instance().isDockerAvailable();
    } catch (IllegalStateException e) {
      docker = false;
    }
    return docker
        ? Optional.empty()
        : Optional.of(
            "k3s profile (-Pk3s) needs a Docker engine and this machine has none; "
                + "the same suite runs on the project's own cluster without -Pk3s (make test)");
  }

  static TestCluster start() {
    unavailableReason().ifPresent(reason -> Assumptions.abort(reason));
    K3sContainer k3s = new K3sContainer(DockerImageName.parse(IMAGE));
    k3s.start();
    Config config = Config.fromKubeconfig(k3s.getKubeConfigYaml());
    return new TestCluster(
        new KubernetesClientBuilder().withConfig(config).build(), Map.of(), k3s::stop);
  }
}
