package dev.coexist.e2e.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.Kubeconfigs;
import dev.coexist.e2e.cluster.TestNamespace;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project's CRDs (deploy/crds) apply on the real API server and a VM object is stored. */
@ClusterTest
class CrdsAndVmIT {
  private static final ResourceDefinitionContext VMS =
      new ResourceDefinitionContext.Builder()
          .withGroup("kubevirt.io")
          .withVersion("v1")
          .withKind("VirtualMachine")
          .withPlural("virtualmachines")
          .withNamespaced(true)
          .build();

  @Test
  void crdsApplyAndTheTinyVmIsCreated(TestNamespace ns) throws IOException {
    KubernetesClient client = ns.client();
    for (Path file : crdFiles()) {
      CustomResourceDefinition crd =
          client.apiextensions().v1().customResourceDefinitions().load(file.toFile()).item();
      client.resource(crd).forceConflicts().serverSideApply();
      client
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .withName(crd.getMetadata().getName())
          .waitUntilCondition(CrdsAndVmIT::established, 30, TimeUnit.SECONDS);
    }
    Path vmFile = Kubeconfigs.repoRoot().resolve("docs/examples/vm-tiny.yaml");
    GenericKubernetesResource vm =
        client.genericKubernetesResources(VMS).load(vmFile.toFile()).item();
    vm.getMetadata().setNamespace(ns.name());

    client.genericKubernetesResources(VMS).inNamespace(ns.name()).resource(vm).create();

    GenericKubernetesResource stored =
        client.genericKubernetesResources(VMS).inNamespace(ns.name()).withName("vm-tiny").get();
    assertThat(stored).isNotNull();
    assertThat(stored.getMetadata().getUid()).isNotBlank();
    assertThat(stored.<String>get("spec", "runStrategy")).isEqualTo("Always");
  }

  private static List<Path> crdFiles() throws IOException {
    Path dir = Kubeconfigs.repoRoot().resolve("deploy/crds");
    if (!Files.isDirectory(dir)) {
      throw new AssertionError(dir + " is missing: the crds module generates it (make crds)");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> yaml = files.filter(f -> f.toString().matches(".*\\.ya?ml")).sorted().toList();
      assertThat(yaml).as("CRD files in " + dir).isNotEmpty();
      return yaml;
    }
  }

  private static boolean established(CustomResourceDefinition crd) {
    return crd != null
        && crd.getStatus() != null
        && crd.getStatus().getConditions() != null
        && crd.getStatus().getConditions().stream()
            .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
