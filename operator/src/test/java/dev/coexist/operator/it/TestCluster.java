package dev.coexist.operator.it;

import dev.coexist.operator.OperatorConfig;
import dev.coexist.operator.dv.DataVolumeConfig;
import dev.coexist.operator.vm.StartBackoff;
import dev.coexist.operator.vmi.model.LauncherPodConfig;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The project's test cluster ({@code make cluster-up}) for the operator's ITs: {@code $KUBECONFIG},
 * else what {@code hack/kubeconfig.sh} prints. No cluster fails the test, saying how to get one.
 */
final class TestCluster {

  private TestCluster() {}

  static KubernetesClient client() {
    Path kubeconfig = locate();
    try {
      Config config = Config.fromKubeconfig(Files.readString(kubeconfig, StandardCharsets.UTF_8));
      return new KubernetesClientBuilder().withConfig(config).build();
    } catch (IOException e) {
      throw new IllegalStateException("reading " + kubeconfig + ": run make cluster-up", e);
    }
  }

  /**
   * The configuration of an in-process operator that watches only {@code ns}: the images of {@code
   * make images} (never pulled), short start back-offs, no leader election.
   */
  static OperatorConfig operatorConfig(String ns) {
    return new OperatorConfig(
        "it",
        Set.of(ns),
        new LauncherPodConfig(
            "localhost/coexist/virt-launcher:latest",
            "Never",
            new Quantity("160Mi"),
            new Quantity("100m"),
            15,
            false,
            true),
        new StartBackoff(Duration.ofSeconds(2), Duration.ofSeconds(8)),
        0,
        Optional.empty(),
        new DataVolumeConfig(
            "localhost/coexist/cdi-importer:latest", "Never", 0.06, 2, Duration.ofSeconds(1)));
  }

  /** Creates a namespace of its own for a test class. */
  static String createNamespace(KubernetesClient client, Class<?> testClass) {
    String name =
        ("t-"
                + testClass.getSimpleName().toLowerCase(Locale.ROOT)
                + "-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36))
            .replaceAll("[^a-z0-9-]", "-");
    client
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels("coexist.dev/test-namespace", "true")
                .endMetadata()
                .build())
        .create();
    return name;
  }

  private static Path locate() {
    String env = System.getenv("KUBECONFIG");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path script = d.resolve("hack/kubeconfig.sh");
      if (Files.isRegularFile(script)) {
        return Path.of(run(script));
      }
    }
    throw new IllegalStateException(
        "no test cluster: set KUBECONFIG or run make cluster-up (no hack/kubeconfig.sh above "
            + dir
            + ")");
  }

  private static String run(Path script) {
    try {
      Process p = new ProcessBuilder(script.toString()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
        throw new IllegalStateException("no test cluster (" + err + "): run make cluster-up");
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("running " + script + ": run make cluster-up", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + script, e);
    }
  }
}
