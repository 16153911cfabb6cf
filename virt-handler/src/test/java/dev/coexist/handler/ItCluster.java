package dev.coexist.handler;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the handler's cluster ITs need on the test cluster besides a namespace: the VMI CRD. */
public final class ItCluster {
  private ItCluster() {}

  /** Applies the CRD from deploy/crds when the cluster does not have it yet. */
  public static void ensureCrd(KubernetesClient client, String name) {
    if (client.apiextensions().v1().customResourceDefinitions().withName(name).get() != null) {
      return;
    }
    Path cwd = Path.of("").toAbsolutePath();
    Path root = Files.exists(cwd.resolve("Makefile")) ? cwd : cwd.getParent();
    Path file = root.resolve("deploy/crds").resolve(name + ".yaml");
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          "CRD " + name + " is not installed and " + file + " is missing: run `make crds`");
    }
    try (InputStream in = Files.newInputStream(file)) {
      CustomResourceDefinition crd =
          client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class);
      client.resource(crd).serverSideApply();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
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
