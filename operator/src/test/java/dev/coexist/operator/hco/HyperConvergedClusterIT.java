package dev.coexist.operator.hco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.cdi.v1beta1.Cdi;
import dev.coexist.crds.hco.v1beta1.HyperConverged;
import dev.coexist.crds.kubevirt.v1.KubeVirt;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.model.Condition;
import dev.coexist.operator.webhook.KubernetesWorkloads;
import dev.coexist.operator.webhook.WebhookConfig;
import dev.coexist.operator.webhook.WebhookInstaller;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.Operator;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The HyperConverged controller and its admission webhook in this JVM against the real test
 * cluster: the webhook is reached by kube-apiserver through aggregator routing at the bridge
 * address 10.88.0.1 (a selector-less Service + Endpoints). The install namespace is a namespace of
 * the test's own, with a virt-handler stand-in DaemonSet (the pause image) whose rollout the
 * KubeVirt CR's status follows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HyperConvergedClusterIT {
  static final String BRIDGE = "10.88.0.1";
  static final Duration WAIT = Duration.ofSeconds(90);
  static final String OPERATOR_STANDIN = "operator-standin";

  KubernetesClient admin;
  String ns;
  Operator operator;
  HcoRuntime hco;
  WebhookConfig webhook;

  static Path kubeconfig() {
    String env = System.getenv("KUBECONFIG");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String cache =
        System.getenv()
            .getOrDefault("COEXIST_CACHE", System.getProperty("user.home") + "/.cache/coexist");
    Path p = Path.of(cache, "cluster", "pki", "admin.kubeconfig");
    if (!Files.isReadable(p)) {
      throw new IllegalStateException(
          "no test cluster kubeconfig at " + p + ": run make cluster-up");
    }
    return p;
  }

  @BeforeAll
  void start() throws IOException {
    admin =
        new KubernetesClientBuilder()
            .withConfig(Config.fromKubeconfig(Files.readString(kubeconfig())))
            .build();
    for (String crd :
        List.of(
            "hyperconvergeds.hco.kubevirt.io",
            "kubevirts.kubevirt.io",
            "cdis.cdi.kubevirt.io",
            "virtualmachines.kubevirt.io",
            "datavolumes.cdi.kubevirt.io")) {
      try (InputStream in = Files.newInputStream(Path.of("..", "deploy", "crds", crd + ".yaml"))) {
        CustomResourceDefinition d =
            admin.apiextensions().v1().customResourceDefinitions().load(in).item();
        admin.resource(d).fieldManager("hco-it").forceConflicts().serverSideApply();
      }
    }
    ns = "t-hco-" + UUID.randomUUID().toString().substring(0, 8);
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
    admin.resource(handlerDaemonSet()).create();
    admin.resource(operatorDeployment()).create();
    webhook =
        new WebhookConfig(
            ns, "coexist-hco-webhook", "coexist-hco-webhook-" + ns, BRIDGE, 0, Optional.of(BRIDGE));
    operator = new Operator(o -> o.withKubernetesClient(admin).withCloseClientOnStop(false));
    hco =
        HcoRuntime.register(
            operator,
            admin,
            new HcoRuntime.Settings(
                new HcoConfig(
                    ns,
                    "it-1",
                    true,
                    "virt-handler",
                    OperandConfig.NONE,
                    Optional.of(OPERATOR_STANDIN)),
                webhook),
            new PrometheusRegistry(),
            Clock.systemUTC(),
            // only this test's namespace: other tests' VMs share the cluster
            new KubernetesWorkloads(admin, Optional.of(ns)));
    operator.start();
  }

  DaemonSet handlerDaemonSet() {
    return new DaemonSetBuilder()
        .withNewMetadata()
        .withName("virt-handler")
        .withNamespace(ns)
        .endMetadata()
        .withNewSpec()
        .withNewSelector()
        .addToMatchLabels("app.kubernetes.io/name", "virt-handler-standin")
        .endSelector()
        .withTemplate(pauseTemplate("virt-handler-standin"))
        .endSpec()
        .build();
  }

  /** A stand-in for the operator's own Deployment, started with two replicas (as before). */
  Deployment operatorDeployment() {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(OPERATOR_STANDIN)
        .withNamespace(ns)
        .endMetadata()
        .withNewSpec()
        .withReplicas(2)
        .withNewSelector()
        .addToMatchLabels("app.kubernetes.io/name", OPERATOR_STANDIN)
        .endSelector()
        .withTemplate(pauseTemplate(OPERATOR_STANDIN))
        .endSpec()
        .build();
  }

  /** A pod template of one pause container labelled {@code app.kubernetes.io/name=app}. */
  static PodTemplateSpec pauseTemplate(String app) {
    return new PodTemplateSpecBuilder()
        .withNewMetadata()
        .addToLabels("app.kubernetes.io/name", app)
        .endMetadata()
        .withNewSpec()
        .withTerminationGracePeriodSeconds(1L)
        .addNewContainer()
        .withName("pause")
        .withImage("localhost/coexist/pause:1.0")
        .withImagePullPolicy("Never")
        .endContainer()
        .endSpec()
        .build();
  }

  @AfterAll
  void stop() {
    if (admin == null) {
      return;
    }
    if (webhook != null) {
      WebhookInstaller.uninstall(admin, webhook);
    }
    if (ns != null) {
      admin.resources(VirtualMachine.class).inNamespace(ns).delete();
      HyperConverged left =
          admin.resources(HyperConverged.class).inNamespace(ns).withName(name()).get();
      if (left != null) {
        admin.resources(HyperConverged.class).inNamespace(ns).withName(name()).delete();
        await("HyperConverged cleaned up").atMost(WAIT).until(() -> hcoGone());
      }
    }
    if (operator != null) {
      operator.stop();
    }
    if (hco != null) {
      hco.close();
    }
    admin.resources(Cdi.class).withName(HyperConverged.CDI_CR_NAME).delete();
    if (ns != null) {
      admin.namespaces().withName(ns).delete();
    }
    admin.close();
  }

  static String name() {
    return HyperConverged.SINGLETON_NAME;
  }

  boolean hcoGone() {
    return admin.resources(HyperConverged.class).inNamespace(ns).withName(name()).get() == null;
  }

  HyperConverged current() {
    return admin.resources(HyperConverged.class).inNamespace(ns).withName(name()).get();
  }

  static Optional<Condition> condition(HyperConverged h, String type) {
    if (h == null || h.getStatus() == null || h.getStatus().getConditions() == null) {
      return Optional.empty();
    }
    return h.getStatus().getConditions().stream().filter(c -> type.equals(c.getType())).findFirst();
  }

  KubeVirt kubeVirt() {
    return admin
        .resources(KubeVirt.class)
        .inNamespace(ns)
        .withName(HyperConverged.KUBEVIRT_CR_NAME)
        .get();
  }

  record KubectlResult(int exitCode, String stderr) {}

  /** The project's kubectl (built by hack/cluster-build.sh into the cache). */
  static KubectlResult kubectl(String... args) throws IOException, InterruptedException {
    Path root =
        Path.of(
            System.getenv()
                .getOrDefault("COEXIST_CACHE", System.getProperty("user.home") + "/.cache/coexist"),
            "k8s");
    Path bin;
    try (var versions = Files.list(root)) {
      bin =
          versions
              .map(v -> v.resolve("bin/kubectl"))
              .filter(Files::isExecutable)
              .sorted()
              .reduce((a, b) -> b)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no kubectl under " + root + "/*/bin: run hack/cluster-build.sh"));
    }
    List<String> cmd =
        new ArrayList<>(List.of(bin.toString(), "--kubeconfig", kubeconfig().toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("kubectl " + String.join(" ", args) + " hung");
    }
    return new KubectlResult(p.exitValue(), err);
  }

  @Test
  @Order(1)
  void sampleInstallsKubeVirtAndCdiAndBecomesAvailable() throws IOException {
    HyperConverged sample;
    try (InputStream in =
        Files.newInputStream(Path.of("..", "deploy", "samples", "hyperconverged.yaml"))) {
      sample = admin.resources(HyperConverged.class).load(in).item();
    }
    sample.getMetadata().setNamespace(ns);
    admin.resource(sample).create();

    await("HyperConverged Available=True")
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(condition(current(), "Available"))
                    .hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo("True")));
    HyperConverged h = current();
    assertThat(condition(h, "ReconcileComplete").orElseThrow().getStatus()).isEqualTo("True");
    assertThat(condition(h, "Progressing").orElseThrow().getStatus()).isEqualTo("False");
    assertThat(condition(h, "Degraded").orElseThrow().getStatus()).isEqualTo("False");
    assertThat(condition(h, "Upgradeable").orElseThrow().getStatus()).isEqualTo("True");
    assertThat(HcoStatusBuilder.operatorVersion(h.getStatus())).contains("it-1");
    assertThat(h.getStatus().getObservedGeneration()).isEqualTo(h.getMetadata().getGeneration());
    assertThat(h.getStatus().getRelatedObjects())
        .extracting(r -> r.getKind())
        .contains("KubeVirt", "CDI", "DaemonSet");

    KubeVirt kv = kubeVirt();
    assertThat(kv.getMetadata().getOwnerReferences().get(0).getUid())
        .isEqualTo(h.getMetadata().getUid());
    assertThat(kv.getSpec().getConfiguration().getDeveloperConfiguration().getUseEmulation())
        .isTrue();
    assertThat(kv.getStatus().getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("Available");
              assertThat(c.getStatus()).isEqualTo("True");
            });
    Cdi cdi = admin.resources(Cdi.class).withName(HyperConverged.CDI_CR_NAME).get();
    assertThat(cdi.getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/managed-by", "hco-operator");
    assertThat(cdi.getStatus().getConditions())
        .anySatisfy(c -> assertThat(c.getType()).isEqualTo("Available"));
  }

  @Test
  @Order(2)
  void operatorReplicasFollowTheNodeTopology() {
    boolean ha = InfrastructureTopology.highlyAvailable(admin.nodes().list().getItems());
    int replicas = InfrastructureTopology.operatorReplicas(ha);
    System.out.printf(
        "%d node(s); infrastructureHighlyAvailable=%s, operator replicas %d%n",
        admin.nodes().list().getItems().size(), ha, replicas);
    await("status.infrastructureHighlyAvailable and the operator Deployment's replicas")
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(current().getStatus().getInfrastructureHighlyAvailable()).isEqualTo(ha);
              assertThat(
                      admin
                          .apps()
                          .deployments()
                          .inNamespace(ns)
                          .withName(OPERATOR_STANDIN)
                          .get()
                          .getSpec()
                          .getReplicas())
                  .isEqualTo(replicas);
            });
  }

  @Test
  @Order(3)
  void outOfBandEditOfTheKubeVirtCrIsRevertedAndCounted() {
    double before = hco.metrics().outOfBandModifications("kubevirt");
    admin
        .resources(KubeVirt.class)
        .inNamespace(ns)
        .withName(HyperConverged.KUBEVIRT_CR_NAME)
        .edit(
            kv -> {
              kv.getSpec().getConfiguration().getDeveloperConfiguration().setUseEmulation(false);
              return kv;
            });
    await("KubeVirt useEmulation reverted to true")
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(
                        kubeVirt()
                            .getSpec()
                            .getConfiguration()
                            .getDeveloperConfiguration()
                            .getUseEmulation())
                    .isTrue());
    assertThat(hco.metrics().outOfBandModifications("kubevirt")).isEqualTo(before + 1);
  }

  @Test
  @Order(4)
  void deleteIsRefusedWhileAVmExistsAndWorksAfterItGoes() throws Exception {
    VirtualMachine vm;
    try (InputStream in = getClass().getResourceAsStream("/subresources/vm.yaml")) {
      vm = admin.resources(VirtualMachine.class).load(in).item();
    }
    vm.getMetadata().setName("blocker");
    vm.getMetadata().setNamespace(ns);
    admin.resource(vm).create();

    assertThatThrownBy(
            () -> admin.resources(HyperConverged.class).inNamespace(ns).withName(name()).delete())
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("BlockUninstallIfWorkloadsExist")
        .hasMessageContaining("VirtualMachine " + ns + "/blocker");
    KubectlResult kubectl = kubectl("delete", "hco", name(), "-n", ns);
    assertThat(kubectl.exitCode()).isNotZero();
    assertThat(kubectl.stderr())
        .contains("denied the request")
        .contains("VirtualMachine " + ns + "/blocker")
        .contains("RemoveWorkloads");
    assertThat(current()).isNotNull();
    assertThat(current().getMetadata().getDeletionTimestamp()).isNull();

    admin.resource(vm).delete();
    await("VM gone")
        .atMost(WAIT)
        .until(
            () ->
                admin.resources(VirtualMachine.class).inNamespace(ns).withName("blocker").get()
                    == null);
    admin.resources(HyperConverged.class).inNamespace(ns).withName(name()).delete();
    await("HyperConverged, KubeVirt and CDI removed")
        .atMost(WAIT)
        .until(
            () ->
                hcoGone()
                    && kubeVirt() == null
                    && admin.resources(Cdi.class).withName(HyperConverged.CDI_CR_NAME).get()
                        == null);
  }
}
