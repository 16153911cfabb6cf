package dev.coexist.e2e.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A cluster the tests run on: its admin client, plus what a pod needs to reach the API server from
 * the pod network (the project's cluster has no kube-proxy: pods use the bridge address).
 *
 * @param client admin client of the cluster
 * @param podApiEnv environment a pod sets explicitly to reach the API server (may be empty)
 * @param onClose what to stop when the tests are done (k3s container), or nothing
 */
public record TestCluster(KubernetesClient client, Map<String, String> podApiEnv, Runnable onClose)
    implements AutoCloseable {

  /** The system property choosing the cluster: {@code local} (default) or {@code k3s}. */
  public static final String KIND_PROPERTY = "coexist.cluster";

  public TestCluster {
    Objects.requireNonNull(client, "client");
    podApiEnv = Map.copyOf(podApiEnv);
    Objects.requireNonNull(onClose, "onClose");
  }

  /** Connects to the cluster chosen by {@value #KIND_PROPERTY}; fails loudly when it is not up. */
  public static TestCluster connect() {
    String kind = System.getProperty(KIND_PROPERTY, "local");
    return switch (kind) {
      case "local" -> local(Kubeconfigs.locate());
      case "k3s" -> K3sCluster.start();
      default ->
          throw new IllegalArgumentException(
              "system property " + KIND_PROPERTY + "=" + kind + ": expected local or k3s");
    };
  }

  /** The project's own cluster (make cluster-up) through the admin kubeconfig at {@code path}. */
  public static TestCluster local(Path kubeconfig) {
    KubernetesClient client = clientFor(kubeconfig);
    try {
      client.getKubernetesVersion();
    } catch (KubernetesClientException e) {
      client.close();
      throw new IllegalStateException(
          "cannot reach the test cluster of "
              + kubeconfig
              + " ("
              + e.getMessage()
              + "): run make cluster-up",
          e);
    }
    URI server = URI.create(client.getConfiguration().getMasterUrl());
    Map<String, String> env =
        Map.of(
            "KUBERNETES_SERVICE_HOST", server.getHost(),
            "KUBERNETES_SERVICE_PORT", Integer.toString(server.getPort()));
    return new TestCluster(client, env, () -> {});
  }

  /** A fabric8 client for the cluster of the kubeconfig file at {@code kubeconfig}. */
  public static KubernetesClient clientFor(Path kubeconfig) {
    String yaml;
    try {
      yaml = Files.readString(kubeconfig, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read kubeconfig " + kubeconfig + ": run make cluster-up", e);
    }
    Config config = Config.fromKubeconfig(yaml);
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  @Override
  public void close() {
    client.close();
    onClose.run();
  }
}
