package dev.coexist.e2e.cluster;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;

/**
 * The namespace a test class owns on the shared cluster, with the cluster's admin client.
 *
 * @param name the namespace, created before the class's first test and deleted after its last
 * @param client admin client (shared by the whole run: do not close it)
 * @param podApiEnv environment a pod sets explicitly to reach the API server from the pod network
 */
public record TestNamespace(String name, KubernetesClient client, Map<String, String> podApiEnv) {
  public TestNamespace {
    podApiEnv = Map.copyOf(podApiEnv);
  }

  /** {@link #podApiEnv} as container env vars, sorted by name. */
  public List<EnvVar> podApiEnvVars() {
    return podApiEnv.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new EnvVar(e.getKey(), e.getValue(), null))
        .toList();
  }
}
