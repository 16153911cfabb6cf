package dev.coexist.operator.webhook;

import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract against the API server (a fresh namespace per test, real VirtualMachine CRs). */
class KubernetesWorkloadsIT extends WorkloadsContract {

  KubernetesClient admin;
  String ns;

  @BeforeEach
  void createNamespace() throws IOException {
    Path kubeconfig =
        Optional.ofNullable(System.getenv("KUBECONFIG"))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .orElse(
                Path.of(
                    System.getenv()
                        .getOrDefault(
                            "COEXIST_CACHE", System.getProperty("user.home") + "/.cache/coexist"),
                    "cluster",
                    "pki",
                    "admin.kubeconfig"));
    if (!Files.isReadable(kubeconfig)) {
      throw new IllegalStateException(
          "no test cluster kubeconfig at " + kubeconfig + ": run make cluster-up");
    }
    admin =
        new KubernetesClientBuilder()
            .withConfig(Config.fromKubeconfig(Files.readString(kubeconfig)))
            .build();
    ns = "t-workloads-" + UUID.randomUUID().toString().substring(0, 8);
    admin
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(ns)
                .addToLabels("coexist.dev/test-namespace", "true")
                .endMetadata()
                .build())
        .create();
  }

  @AfterEach
  void cleanup() {
    if (admin != null) {
      admin.namespaces().withName(ns).delete();
      admin.close();
    }
  }

  @Override
  Workloads withVms(List<String> vmNames) throws IOException {
    for (String name : vmNames) {
      VirtualMachine vm;
      try (InputStream in = getClass().getResourceAsStream("/subresources/vm.yaml")) {
        vm = admin.resources(VirtualMachine.class).load(in).item();
      }
      vm.getMetadata().setName(name);
      vm.getMetadata().setNamespace(ns);
      admin.resource(vm).create();
    }
    return new KubernetesWorkloads(admin, Optional.of(ns));
  }

  @Override
  String namespace() {
    return ns;
  }
}
