package dev.coexist.crds.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coexist.crds.build.CrdCatalog;
import dev.coexist.crds.cdi.v1beta1.Cdi;
import dev.coexist.crds.corpus.Corpus;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Applies deploy/crds to a real API server with server-side apply (as documented), then checks that
 * the whole corpus is accepted by a server-side dry run with nothing pruned, and that bad input is
 * rejected with its field path. Runs in a namespace of its own, deleted afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrdsIT {

  // kubectl's own field manager: a later `kubectl apply --server-side -f deploy/crds/` (the
  // documented install) then meets no conflict with what this test applied.
  private static final String MANAGER = "kubectl";

  private final String namespace = "crds-it-" + UUID.randomUUID().toString().substring(0, 8);
  private KubernetesClient client;
  private KubernetesSerialization serialization;

  @BeforeAll
  void installCrds() {
    client = TestCluster.client();
    serialization = client.getKubernetesSerialization();
    for (CrdCatalog.Entry entry : CrdCatalog.ENTRIES) {
      CustomResourceDefinition crd =
          serialization.unmarshal(
              readDeployed(entry.deployFileName()), CustomResourceDefinition.class);
      client.resource(crd).fieldManager(MANAGER).forceConflicts().serverSideApply();
    }
    for (CrdCatalog.Entry entry : CrdCatalog.ENTRIES) {
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> assertThat(established(entry.crdName())).as(entry.crdName()).isTrue());
    }
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .create();
    // A new CRD's REST endpoint can lag its Established condition by a moment.
    await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptionsInstanceOf(KubernetesClientException.class)
        .until(() -> dryRunCreate(vmTiny()) != null);
  }

  @AfterAll
  void deleteNamespace() {
    if (client != null) {
      client.namespaces().withName(namespace).delete();
      client.close();
    }
  }

  List<Corpus.Document> corpus() {
    return Corpus.all(new KubernetesSerialization());
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void corpusIsAcceptedAndNothingIsPruned(Corpus.Document doc) {
    GenericKubernetesResource input =
        serialization.unmarshal(doc.yaml(), GenericKubernetesResource.class);

    GenericKubernetesResource stored = dryRunCreate(input);

    JsonNode sent = serialization.convertValue(input, JsonNode.class);
    JsonNode back = serialization.convertValue(stored, JsonNode.class);
    assertThat(Corpus.difference(sent.get("spec"), back.get("spec")))
        .as("%s: spec changed by the API server (pruned?)", doc.source())
        .isEmpty();
    if (!CrdCatalog.byCrdName(crdName(doc.type())).statusSubresource()) {
      assertThat(Corpus.difference(sent.get("status"), back.get("status")))
          .as("%s: status changed by the API server (pruned?)", doc.source())
          .isEmpty();
    }
  }

  @Test
  void v1alpha3IsServed() {
    GenericKubernetesResource vm = vmTiny();
    vm.setApiVersion("kubevirt.io/v1alpha3");

    assertThat(dryRunCreate(vm).getApiVersion()).isEqualTo("kubevirt.io/v1alpha3");
  }

  @Test
  void unknownRunStrategyIsRejected() {
    assertRejected(vm -> spec(vm).put("runStrategy", "Sometimes"), "spec.runStrategy", "Sometimes");
  }

  @Test
  void unknownDiskBusIsRejected() {
    assertRejected(
        vm -> ((ObjectNode) firstDisk(vm).get("disk")).put("bus", "floppy"),
        "spec.template.spec.domain.devices.disks[0].disk.bus",
        "floppy");
  }

  @Test
  void nonIntegerCoresAreRejected() {
    assertRejected(
        vm -> ((ObjectNode) vmiSpec(vm).path("domain").path("cpu")).put("cores", "many"),
        "spec.template.spec.domain.cpu.cores",
        "integer");
  }

  @Test
  void runningAndRunStrategyTogetherAreRejected() {
    assertRejected(
        vm -> spec(vm).put("running", true), "spec", "spec.running and spec.runStrategy");
  }

  @Test
  void duplicateDiskNamesAreRejected() {
    assertRejected(
        vm -> disks(vm).add(firstDisk(vm).deepCopy()),
        "spec.template.spec.domain.devices.disks",
        "disk names must be unique");
  }

  @Test
  void diskWithoutVolumeIsRejected() {
    assertRejected(
        vm -> firstDisk(vm).put("name", "no-such-volume"),
        "spec.template.spec.domain.devices.disks",
        "needs a volume of the same name");
  }

  @Test
  void dataVolumeSpecIsImmutable() {
    GenericKubernetesResource dv =
        serialization.unmarshal(
            String.join(
                "\n",
                "apiVersion: cdi.kubevirt.io/v1beta1",
                "kind: DataVolume",
                "metadata: {name: immutable-dv}",
                "spec:",
                "  source: {blank: {}}",
                "  storage: {resources: {requests: {storage: 1Gi}}}"),
            GenericKubernetesResource.class);
    client.resource(dv).inNamespace(namespace).create();

    GenericKubernetesResource changed =
        client
            .genericKubernetesResources("cdi.kubevirt.io/v1beta1", "DataVolume")
            .inNamespace(namespace)
            .withName("immutable-dv")
            .get();
    ObjectNode tree = serialization.convertValue(changed, ObjectNode.class);
    ((ObjectNode) tree.path("spec").path("storage").path("resources").path("requests"))
        .put("storage", "2Gi");
    GenericKubernetesResource update =
        serialization.convertValue(tree, GenericKubernetesResource.class);

    assertThatThrownBy(() -> client.resource(update).inNamespace(namespace).update())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("spec")
        .hasMessageContaining("spec is immutable after creation");

    GenericKubernetesResource relabelled =
        client
            .genericKubernetesResources("cdi.kubevirt.io/v1beta1", "DataVolume")
            .inNamespace(namespace)
            .withName("immutable-dv")
            .edit(
                r -> {
                  r.getMetadata().getLabels().put("relabelled", "yes");
                  return r;
                });
    assertThat(relabelled.getMetadata().getLabels()).containsEntry("relabelled", "yes");
  }

  private void assertRejected(Consumer<ObjectNode> mutation, String fieldPath, String detail) {
    ObjectNode vm = serialization.convertValue(vmTiny(), ObjectNode.class);
    mutation.accept(vm);
    GenericKubernetesResource bad = serialization.convertValue(vm, GenericKubernetesResource.class);

    assertThatThrownBy(() -> dryRunCreate(bad))
        .isInstanceOf(KubernetesClientException.class)
        .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(422))
        .hasMessageContaining(fieldPath)
        .hasMessageContaining(detail);
  }

  private GenericKubernetesResource dryRunCreate(GenericKubernetesResource resource) {
    resource.getMetadata().setNamespace(null);
    if (Cdi.KIND.equals(resource.getKind())) {
      resource.getMetadata().setName("crds-it-" + namespace);
      return client.resource(resource).dryRun().create();
    }
    return client.resource(resource).inNamespace(namespace).dryRun().create();
  }

  private GenericKubernetesResource vmTiny() {
    return serialization.unmarshal(readExample("vm-tiny.yaml"), GenericKubernetesResource.class);
  }

  private static ObjectNode spec(ObjectNode vm) {
    return (ObjectNode) vm.get("spec");
  }

  private static ObjectNode vmiSpec(ObjectNode vm) {
    return (ObjectNode) vm.path("spec").path("template").path("spec");
  }

  private static ArrayNode disks(ObjectNode vm) {
    return (ArrayNode) vmiSpec(vm).path("domain").path("devices").path("disks");
  }

  private static ObjectNode firstDisk(ObjectNode vm) {
    return (ObjectNode) disks(vm).get(0);
  }

  private boolean established(String crdName) {
    CustomResourceDefinition crd =
        client.apiextensions().v1().customResourceDefinitions().withName(crdName).get();
    return crd != null
        && crd.getStatus() != null
        && crd.getStatus().getConditions().stream()
            .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static String crdName(Class<? extends HasMetadata> type) {
    return HasMetadata.getPlural(type) + "." + HasMetadata.getGroup(type);
  }

  private static String readDeployed(String file) {
    return read(Path.of("..", "deploy", "crds", file));
  }

  private static String readExample(String file) {
    return read(Corpus.EXAMPLES.resolve(file));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("read " + path, e);
    }
  }
}
