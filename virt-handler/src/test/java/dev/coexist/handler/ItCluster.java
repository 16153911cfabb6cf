package dev.coexist.handler;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The test cluster for ITs: {@code KUBECONFIG}, or else the kubeconfig {@code make -s kubeconfig}
 * prints. A missing cluster fails loudly with how to start one; the VMI CRD is applied from
 * deploy/crds when absent.
 */
public final class ItCluster {
  private ItCluster() {}

  /** A client of the test cluster. */
  public static KubernetesClient client() {
    Path kubeconfig = kubeconfig();
    try {
      Config config = Config.fromKubeconfig(Files.readString(kubeconfig, StandardCharsets.UTF_8));
      KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
      ensureCrd(client, "virtualmachineinstances.kubevirt.io");
      return client;
    } catch (IOException e) {
      throw new IllegalStateException("reading kubeconfig " + kubeconfig, e);
    }
  }

  private static Path root() {
    Path p = Path.of("").toAbsolutePath();
    return Files.exists(p.resolve("Makefile")) ? p : p.getParent();
  }

  private static Path kubeconfig() {
    String env = System.getenv("KUBECONFIG");
    if (env != null && !env.isBlank() && Files.isReadable(Path.of(env))) {
      return Path.of(env);
    }
    try {
      Process p =
          new ProcessBuilder("make", "-s", "kubeconfig")
              .directory(root().toFile())
              .redirectErrorStream(true)
              .start();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isReadable(Path.of(out))) {
        return Path.of(out);
      }
      throw new IllegalStateException(
          "no test cluster: `make -s kubeconfig` said: "
              + out
              + " — start it with `make cluster-up` (or set KUBECONFIG)");
    } catch (IOException e) {
      throw new IllegalStateException(
          "no test cluster: set KUBECONFIG or run `make cluster-up` (" + e.getMessage() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking make for the kubeconfig", e);
    }
  }

  private static void ensureCrd(KubernetesClient client, String name) throws IOException {
    if (client.apiextensions().v1().customResourceDefinitions().withName(name).get() != null) {
      return;
    }
    Path file = root().resolve("deploy/crds").resolve(name + ".yaml");
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          "CRD " + name + " is not installed and " + file + " is missing: run `make crds`");
    }
    try (InputStream in = Files.newInputStream(file)) {
      CustomResourceDefinition crd =
          client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class);
      client.resource(crd).serverSideApply();
    }
    client
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .withName(name)
        .waitUntilCondition(
            c ->
                c != null
                    && c.getStatus() != null
                    && c.getStatus().getConditions().stream()
                        .anyMatch(
                            x -> "Established".equals(x.getType()) && "True".equals(x.getStatus())),
            60,
            TimeUnit.SECONDS);
  }
}
