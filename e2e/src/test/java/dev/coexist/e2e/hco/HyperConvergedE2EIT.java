package dev.coexist.e2e.hco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.cdi.v1beta1.Cdi;
import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.kubevirt.v1.KubeVirt;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.model.Condition;
import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.Kubeconfigs;
import dev.coexist.e2e.cluster.TestNamespace;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The HyperConverged operator on the real cluster (issue 8): from an empty install, {@code
 * hack/deploy.sh} (CRDs, {@code kubectl apply --server-side -k} of the overlay, the sample CR) →
 * HCO Available with the virt-handler DaemonSet, its RBAC, the subresource API objects, the
 * KubeVirt and CDI CRs created by the operator; a deleted DaemonSet is recreated, an edited one
 * reverted and counted; {@code kubectl delete hco} is refused while a VM exists and, once it is
 * gone, removes everything; {@code hack/undeploy.sh} leaves nothing of coexist in the cluster.
 */
@ClusterTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HyperConvergedE2EIT {
  private static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();
  private static final String NS = "kubevirt-hyperconverged";
  private static final String HANDLER = "virt-handler";
  private static final Duration WAIT = Duration.ofMinutes(4);
  private static final String METRIC =
      "kubevirt_hco_out_of_band_modifications_total{component_name=\"virt-handler\"}";

  @BeforeAll
  static void deployFromEmpty() throws Exception {
    if (!kubectl("get", "namespace", NS).out().isEmpty()) {
      run("hack/undeploy.sh");
    }
    long t0 = System.nanoTime();
    run("hack/deploy.sh");
    System.out.printf(
        "hack/deploy.sh → HyperConverged Available in %d s%n",
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
  }

  @AfterAll
  static void undeployIfLeft() throws Exception {
    if (!kubectl("get", "namespace", NS, "--ignore-not-found").out().isBlank()) {
      run("hack/undeploy.sh");
    }
  }

  @Test
  @Order(1)
  void theSampleMakesEverythingAvailableAndKubectlShowsIt(KubernetesClient client)
      throws Exception {
    HyperConverged hco = hco(client);
    for (String type : List.of("Available", "ReconcileComplete", "Upgradeable")) {
      assertThat(condition(hco.getStatus().getConditions(), type)).as(type).isEqualTo("True");
    }
    for (String type : List.of("Progressing", "Degraded")) {
      assertThat(condition(hco.getStatus().getConditions(), type)).as(type).isEqualTo("False");
    }
    Kubectl get = kubectl("-n", NS, "get", "hco");
    assertThat(get.out())
        .containsPattern("AVAILABLE\\s+PROGRESSING\\s+DEGRADED")
        .containsPattern("kubevirt-hyperconverged\\s+True\\s+False\\s+False");
    System.out.println("kubectl get hco:\n" + get.out());

    // Operator replicas follow the nodes (docs/hco.md): two schedulable nodes or more → 2.
    long schedulable =
        client.nodes().list().getItems().stream()
            .filter(n -> !Boolean.TRUE.equals(n.getSpec().getUnschedulable()))
            .filter(
                n ->
                    n.getSpec().getTaints() == null
                        || n.getSpec().getTaints().stream()
                            .noneMatch(
                                t -> List.of("NoSchedule", "NoExecute").contains(t.getEffect())))
            .count();
    assertThat(hco.getStatus().getInfrastructureHighlyAvailable()).isEqualTo(schedulable >= 2);
    int replicas = schedulable >= 2 ? 2 : 1;
    System.out.printf(
        "%d schedulable node(s): infrastructureHighlyAvailable=%s, operator replicas %d%n",
        schedulable, hco.getStatus().getInfrastructureHighlyAvailable(), replicas);
    await("operator Deployment at " + replicas + " replica(s)")
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              var d =
                  client.apps().deployments().inNamespace(NS).withName("coexist-operator").get();
              assertThat(d.getSpec().getReplicas()).isEqualTo(replicas);
              assertThat(d.getStatus().getReadyReplicas()).isEqualTo(replicas);
            });

    KubeVirt kv =
        client
            .resources(KubeVirt.class)
            .inNamespace(NS)
            .withName(HyperConverged.KUBEVIRT_CR_NAME)
            .get();
    assertThat(condition(kv.getStatus().getConditions(), "Available")).isEqualTo("True");
    assertThat(kv.getSpec().getConfiguration().getDeveloperConfiguration().getUseEmulation())
        .isTrue();
    Cdi cdi = client.resources(Cdi.class).withName(HyperConverged.CDI_CR_NAME).get();
    assertThat(condition(cdi.getStatus().getConditions(), "Available")).isEqualTo("True");

    DaemonSet ds = handler(client);
    assertThat(ds.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(o -> assertThat(o.getKind()).isEqualTo("HyperConverged"));
    assertThat(ds.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
        .extracting(EnvVar::getName, EnvVar::getValue)
        .contains(
            org.assertj.core.groups.Tuple.tuple("KUBERNETES_SERVICE_HOST", "10.88.0.1"),
            org.assertj.core.groups.Tuple.tuple("COEXIST_USE_EMULATION", "true"));
    assertThat(client.rbac().clusterRoles().withName("coexist-handler").get()).isNotNull();
    assertThat(client.services().inNamespace(NS).withName("coexist-subresources").get())
        .isNotNull();
    await("APIService v1.subresources.kubevirt.io Available")
        .atMost(WAIT)
        .until(() -> "True".equals(apiServiceAvailable(client)));
  }

  @Test
  @Order(2)
  void aDeletedHandlerDaemonSetIsRecreated(KubernetesClient client) {
    String uid = handler(client).getMetadata().getUid();
    client.apps().daemonSets().inNamespace(NS).withName(HANDLER).delete();
    await("virt-handler recreated and ready")
        .atMost(WAIT)
        .until(
            () -> {
              DaemonSet ds = handler(client);
              return ds != null
                  && !uid.equals(ds.getMetadata().getUid())
                  && ds.getStatus() != null
                  && ds.getStatus().getNumberReady() != null
                  && ds.getStatus().getNumberReady() >= 1;
            });
  }

  @Test
  @Order(3)
  void anEditedHandlerDaemonSetIsRevertedAndCounted(KubernetesClient client) {
    double before = outOfBand(client);
    client
        .apps()
        .daemonSets()
        .inNamespace(NS)
        .withName(HANDLER)
        .edit(
            ds -> {
              ds.getSpec()
                  .getTemplate()
                  .getSpec()
                  .getContainers()
                  .get(0)
                  .getEnv()
                  .add(new EnvVarBuilder().withName("OUT_OF_BAND").withValue("1").build());
              return ds;
            });
    await("the edit reverted")
        .atMost(WAIT)
        .until(
            () ->
                handler(client)
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0)
                    .getEnv()
                    .stream()
                    .noneMatch(e -> e.getName().equals("OUT_OF_BAND")));
    await("counted in " + METRIC)
        .atMost(Duration.ofSeconds(30))
        .until(() -> outOfBand(client) >= before + 1);
    System.out.printf("%s: %.0f → %.0f%n", METRIC, before, outOfBand(client));
  }

  @Test
  @Order(4)
  void deletingHcoIsRefusedWhileAVmExists(TestNamespace ns) throws Exception {
    VirtualMachine vm;
    try (InputStream in = Files.newInputStream(REPO.resolve("docs/examples/vm-tiny.yaml"))) {
      vm = Serialization.unmarshal(in, VirtualMachine.class);
    }
    vm.getSpec().setRunStrategy(RunStrategy.HALTED);
    vm.getSpec().setRunning(null);
    ns.client().resources(VirtualMachine.class).inNamespace(ns.name()).resource(vm).create();

    Kubectl delete = kubectl("-n", NS, "delete", "hco", HyperConverged.SINGLETON_NAME);
    System.out.println("kubectl delete hco (VM present): " + delete.err());
    assertThat(delete.exitCode()).isNotZero();
    assertThat(delete.err())
        .contains("denied the request")
        .contains("BlockUninstallIfWorkloadsExist")
        .contains("VirtualMachine " + ns.name() + "/" + vm.getMetadata().getName());
    assertThat(hco(ns.client())).isNotNull();
    assertThat(hco(ns.client()).getMetadata().getDeletionTimestamp()).isNull();

    ns.client().resources(VirtualMachine.class).inNamespace(ns.name()).resource(vm).delete();
    await("VM gone")
        .atMost(WAIT)
        .until(
            () ->
                ns.client()
                        .resources(VirtualMachine.class)
                        .inNamespace(ns.name())
                        .withName(vm.getMetadata().getName())
                        .get()
                    == null);
  }

  @Test
  @Order(5)
  void withoutWorkloadsDeletingHcoRemovesWhatItOwns(KubernetesClient client) throws Exception {
    Kubectl delete =
        kubectl("-n", NS, "delete", "hco", HyperConverged.SINGLETON_NAME, "--timeout=180s");
    assertThat(delete.exitCode()).as(delete.err()).isZero();
    await("operands removed")
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(handler(client)).isNull();
              assertThat(
                      client
                          .resources(KubeVirt.class)
                          .inNamespace(NS)
                          .withName(HyperConverged.KUBEVIRT_CR_NAME)
                          .get())
                  .isNull();
              assertThat(client.resources(Cdi.class).withName(HyperConverged.CDI_CR_NAME).get())
                  .isNull();
              assertThat(client.rbac().clusterRoles().withName("coexist-handler").get()).isNull();
              assertThat(client.rbac().clusterRoleBindings().withName("coexist-handler").get())
                  .isNull();
              assertThat(
                      client
                          .genericKubernetesResources(CoexistLeftovers.API_SERVICES)
                          .list()
                          .getItems())
                  .extracting(a -> a.getMetadata().getName())
                  .noneMatch(n -> n.endsWith("subresources.kubevirt.io"));
              assertThat(client.services().inNamespace(NS).withName("coexist-subresources").get())
                  .isNull();
              assertThat(
                      client
                          .pods()
                          .inAnyNamespace()
                          .withLabel("kubevirt.io", HANDLER)
                          .list()
                          .getItems())
                  .isEmpty();
            });
  }

  @Test
  @Order(6)
  void undeployLeavesNothingOfCoexist(KubernetesClient client) throws Exception {
    run("hack/undeploy.sh");
    assertThat(client.namespaces().withName(NS).get()).isNull();
    List<String> left = CoexistLeftovers.list(client);
    assertThat(left).as("left in the cluster after hack/undeploy.sh").isEmpty();
  }

  private static HyperConverged hco(KubernetesClient client) {
    return client
        .resources(HyperConverged.class)
        .inNamespace(NS)
        .withName(HyperConverged.SINGLETON_NAME)
        .get();
  }

  private static DaemonSet handler(KubernetesClient client) {
    return client.apps().daemonSets().inNamespace(NS).withName(HANDLER).get();
  }

  private static String condition(List<Condition> conditions, String type) {
    return conditions == null
        ? null
        : conditions.stream()
            .filter(c -> type.equals(c.getType()))
            .map(Condition::getStatus)
            .findFirst()
            .orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static String apiServiceAvailable(KubernetesClient client) {
    GenericKubernetesResource a =
        client
            .genericKubernetesResources(CoexistLeftovers.API_SERVICES)
            .withName("v1.subresources.kubevirt.io")
            .get();
    if (a == null || a.getAdditionalProperties().get("status") == null) {
      return null;
    }
    var status = (Map<String, Object>) a.getAdditionalProperties().get("status");
    var conditions = (List<Map<String, Object>>) status.getOrDefault("conditions", List.of());
    return conditions.stream()
        .filter(c -> "Available".equals(c.get("type")))
        .map(c -> (String) c.get("status"))
        .findFirst()
        .orElse(null);
  }

  /** The sum over the operator pods of the out-of-band counter (API server proxy to :8080). */
  private static double outOfBand(KubernetesClient client) {
    double sum = 0;
    Pattern line = Pattern.compile(Pattern.quote(METRIC) + "\\s+([0-9.eE+-]+)");
    for (Pod p :
        client
            .pods()
            .inNamespace(NS)
            .withLabel("app.kubernetes.io/name", "coexist-operator")
            .list()
            .getItems()) {
      String text =
          client.raw(
              "/api/v1/namespaces/"
                  + NS
                  + "/pods/"
                  + p.getMetadata().getName()
                  + ":8080/proxy/metrics");
      Matcher m = line.matcher(text == null ? "" : text);
      if (m.find()) {
        sum += Double.parseDouble(m.group(1));
      }
    }
    return sum;
  }

  record Kubectl(int exitCode, String out, String err) {}

  private static Kubectl kubectl(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("kubectl"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("KUBECONFIG", Kubeconfigs.locate().toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(4, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("kubectl " + String.join(" ", args) + " hung");
    }
    return new Kubectl(p.exitValue(), out, err);
  }

  private static void run(String script) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(REPO.resolve(script).toString())
            .directory(REPO.toFile())
            .inheritIO()
            .start();
    if (!p.waitFor(8, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(script + " did not finish within 8 minutes");
    }
    assertThat(p.exitValue()).as(script + " exit code").isZero();
  }
}
