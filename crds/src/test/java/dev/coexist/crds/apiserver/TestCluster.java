package dev.coexist.crds.apiserver;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The cluster the ITs talk to: env KUBECONFIG if set, else the project's test cluster as printed by
 * {@code make -s kubeconfig}. A missing cluster fails loudly; it never skips.
 */
final class TestCluster {

  private static final String HOW =
      "CrdsIT needs a Kubernetes API server: run `make cluster-up` (the project's test cluster),"
          + " or set KUBECONFIG to a cluster where CRDs may be installed";

  private TestCluster() {}

  static KubernetesClient client() {
    Path kubeconfig = kubeconfig();
    try {
      String content = Files.readString(kubeconfig, StandardCharsets.UTF_8);
      Config config = Config.fromKubeconfig(null, content, kubeconfig.toString());
      return new KubernetesClientBuilder().withConfig(config).build();
    } catch (IOException e) {
      throw new UncheckedIOException(HOW + " (cannot read " + kubeconfig + ")", e);
    }
  }

  static Path kubeconfig() {
    String env = System.getenv("KUBECONFIG");
    if (env != null && !env.isBlank()) {
      Path path = Path.of(env.split(File.pathSeparator)[0]);
      if (!Files.isReadable(path)) {
        throw new IllegalStateException(HOW + ": KUBECONFIG=" + env + " is not readable");
      }
      return path;
    }
    String printed = makeKubeconfig();
    Path path = Path.of(printed);
    if (printed.isEmpty() || !Files.isReadable(path)) {
      throw new IllegalStateException(
          HOW + ": `make -s kubeconfig` printed '" + printed + "', not a readable file");
    }
    return path;
  }

  private static String makeKubeconfig() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    ProcessBuilder pb =
        new ProcessBuilder("make", "-s", "kubeconfig")
            .directory(root.toFile())
            .redirectErrorStream(true);
    try {
      Process process = pb.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(HOW + ": `make -s kubeconfig` did not finish in 60 s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            HOW
                + ": `make -s kubeconfig` failed (exit "
                + process.exitValue()
                + "): "
                + out.strip());
      }
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1].strip();
    } catch (IOException e) {
      throw new UncheckedIOException(HOW + ": cannot run `make -s kubeconfig`", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running `make -s kubeconfig`", e);
    }
  }
}
