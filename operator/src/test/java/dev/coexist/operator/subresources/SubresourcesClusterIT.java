package dev.coexist.operator.subresources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.StateChangeAction;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The subresource API server in this JVM, registered as an APIService on the real test cluster
 * (Service without selector + Endpoints on the bridge address 10.88.0.1, reached through
 * kube-apiserver's aggregator routing): discovery through kube-apiserver, start/stop effects,
 * 404/409 shapes and RBAC (403 without the verb, 202 with it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubresourcesClusterIT {
  static final String BRIDGE = "10.88.0.1";
  static final ObjectMapper JSON = new ObjectMapper();

  KubernetesClient admin;
  String ns;
  SubresourceApiServer server;

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

  static KubernetesClient client(Path kubeconfig, String impersonate) throws IOException {
    Config c = Config.fromKubeconfig(Files.readString(kubeconfig));
    if (impersonate != null) {
      c = new ConfigBuilder(c).withImpersonateUsername(impersonate).build();
    }
    return new KubernetesClientBuilder().withConfig(c).build();
  }

  static void applyCrds(KubernetesClient c) throws IOException {
    for (String crd : List.of("virtualmachines", "virtualmachineinstances")) {
      Path f = Path.of("..", "deploy", "crds", crd + ".kubevirt.io.yaml");
      try (InputStream in = new FileInputStream(f.toFile())) {
        CustomResourceDefinition d =
            c.apiextensions().v1().customResourceDefinitions().load(in).item();
        c.resource(d).fieldManager("subres-it").forceConflicts().serverSideApply();
      }
    }
  }

  @BeforeAll
  void startServer() throws IOException {
    admin = client(kubeconfig(), null);
    applyCrds(admin);
    ns = "t-subres-" + UUID.randomUUID().toString().substring(0, 8);
    admin
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
        .create();
    SubresourceConfig cfg =
        SubresourceConfig.fromEnv(
            Map.of(
                "POD_NAMESPACE",
                ns,
                "COEXIST_SUBRESOURCES_BIND",
                BRIDGE,
                "COEXIST_SUBRESOURCES_PORT",
                "0"));
    server = SubresourceApiServer.start(admin, cfg, 443, List.of(BRIDGE));
    admin
        .resource(
            new ServiceBuilder()
                .withNewMetadata()
                .withName(cfg.serviceName())
                .withNamespace(ns)
                .endMetadata()
                .withNewSpec()
                .addNewPort()
                .withName("https")
                .withPort(443)
                .withNewTargetPort(server.port())
                .endPort()
                .endSpec()
                .build())
        .create();
    admin
        .resource(
            new EndpointsBuilder()
                .withNewMetadata()
                .withName(cfg.serviceName())
                .withNamespace(ns)
                .endMetadata()
                .addNewSubset()
                .addNewAddress()
                .withIp(BRIDGE)
                .endAddress()
                .addNewPort()
                .withName("https")
                .withPort(server.port())
                .endPort()
                .endSubset()
                .build())
        .create();
    await("APIService v1.subresources.kubevirt.io Available")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> available("v1." + Discovery.GROUP) && available("v1alpha3." + Discovery.GROUP));
  }

  boolean available(String name) {
    ApiService a = admin.resources(ApiService.class).withName(name).get();
    return a != null && a.available();
  }

  @AfterAll
  void stop() {
    if (admin == null) {
      return;
    }
    for (String v : Discovery.VERSIONS) {
      admin.resources(ApiService.class).withName(v + "." + Discovery.GROUP).delete();
    }
    // the server also registers upload.cdi.kubevirt.io: an APIService left pointing at a deleted
    // Service would break discovery (and namespace deletion) cluster-wide
    admin.resources(ApiService.class).withName("v1beta1.upload.cdi.kubevirt.io").delete();
    if (ns != null) {
      admin.namespaces().withName(ns).delete();
    }
    if (server != null) {
      server.close();
    }
    admin.close();
  }

  record Reply(int code, String body) {}

  Reply call(KubernetesClient c, String method, String path, String body) throws Exception {
    HttpClient http = c.getHttpClient();
    HttpRequest.Builder b =
        http.newHttpRequestBuilder().uri(c.getMasterUrl().toString().replaceAll("/$", "") + path);
    if ("PUT".equals(method)) {
      b.put("application/json", body == null ? "" : body);
    }
    HttpResponse<String> r = http.sendAsync(b.build(), String.class).get(30, TimeUnit.SECONDS);
    return new Reply(r.code(), r.body());
  }

  String vmPath(String name, String sub) {
    return "/apis/subresources.kubevirt.io/v1/namespaces/"
        + ns
        + "/virtualmachines/"
        + name
        + "/"
        + sub;
  }

  VirtualMachine createVm(String name, RunStrategy rs) throws IOException {
    VirtualMachine vm;
    try (InputStream in = getClass().getResourceAsStream("/subresources/vm.yaml")) {
      vm = admin.resources(VirtualMachine.class).load(in).item();
    }
    vm.getMetadata().setName(name);
    vm.getMetadata().setNamespace(ns);
    vm.getSpec().setRunStrategy(rs);
    return admin.resource(vm).create();
  }

  VirtualMachineInstance createRunningVmi(String name) throws IOException {
    VirtualMachineInstance vmi;
    try (InputStream in = getClass().getResourceAsStream("/subresources/vmi-running.yaml")) {
      vmi = admin.resources(VirtualMachineInstance.class).load(in).item();
    }
    vmi.getMetadata().setName(name);
    vmi.getMetadata().setNamespace(ns);
    return admin.resource(vmi).create();
  }

  VirtualMachine vm(String name) {
    return admin.resources(VirtualMachine.class).inNamespace(ns).withName(name).get();
  }

  @Test
  void discoveryIsServedThroughKubeApiserver() throws Exception {
    Reply r = call(admin, "GET", "/apis/subresources.kubevirt.io/v1", null);
    assertThat(r.code()).isEqualTo(200);
    JsonNode list = JSON.readTree(r.body());
    assertThat(list.path("kind").asText()).isEqualTo("APIResourceList");
    assertThat(list.path("groupVersion").asText()).isEqualTo("subresources.kubevirt.io/v1");
    assertThat(list.path("resources").findValuesAsText("name"))
        .contains(
            "virtualmachines/start",
            "virtualmachines/stop",
            "virtualmachineinstances/console",
            "virtualmachineinstances/vnc");
    Reply group = call(admin, "GET", "/apis/subresources.kubevirt.io", null);
    assertThat(JSON.readTree(group.body()).path("preferredVersion").path("version").asText())
        .isEqualTo("v1");
    assertThat(call(admin, "GET", "/apis/subresources.kubevirt.io/v1alpha3", null).code())
        .isEqualTo(200);
  }

  @Test
  void startOfHaltedSetsAlwaysAndStopSetsHalted() throws Exception {
    createVm("halted", RunStrategy.HALTED);
    Reply dry = call(admin, "PUT", vmPath("halted", "start"), "{\"dryRun\":[\"All\"]}");
    assertThat(dry.code()).isEqualTo(202);
    assertThat(vm("halted").getSpec().getRunStrategy()).isEqualTo(RunStrategy.HALTED);
    Reply start = call(admin, "PUT", vmPath("halted", "start"), "{}");
    assertThat(start.code()).as(start.body()).isEqualTo(202);
    assertThat(vm("halted").getSpec().getRunStrategy()).isEqualTo(RunStrategy.ALWAYS);
    Reply again = call(admin, "PUT", vmPath("halted", "start"), "");
    assertThat(again.code()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).path("message").asText())
        .isEqualTo(
            "Operation cannot be fulfilled on virtualmachine.kubevirt.io \"halted\": Always does not support manual start requests");
    Reply stop = call(admin, "PUT", vmPath("halted", "stop"), "{}");
    assertThat(stop.code()).as(stop.body()).isEqualTo(202);
    assertThat(vm("halted").getSpec().getRunStrategy()).isEqualTo(RunStrategy.HALTED);
  }

  @Test
  void startOfRunningAlwaysVmIsConflict() throws Exception {
    createVm("running", RunStrategy.ALWAYS);
    createRunningVmi("running");
    Reply r = call(admin, "PUT", vmPath("running", "start"), "{}");
    assertThat(r.code()).isEqualTo(409);
    JsonNode s = JSON.readTree(r.body());
    assertThat(s.path("kind").asText()).isEqualTo("Status");
    assertThat(s.path("reason").asText()).isEqualTo("Conflict");
    assertThat(s.path("message").asText())
        .isEqualTo(
            "Operation cannot be fulfilled on virtualmachine.kubevirt.io \"running\": VM is already running");
  }

  @Test
  void manualVmGetsStateChangeRequests() throws Exception {
    createVm("manual", RunStrategy.MANUAL);
    Reply start = call(admin, "PUT", vmPath("manual", "start"), "{}");
    assertThat(start.code()).as(start.body()).isEqualTo(202);
    VirtualMachine vm = vm("manual");
    assertThat(vm.getSpec().getRunStrategy()).isEqualTo(RunStrategy.MANUAL);
    assertThat(vm.getStatus().getStateChangeRequests()).hasSize(1);
    assertThat(vm.getStatus().getStateChangeRequests().get(0).getAction())
        .isEqualTo(StateChangeAction.START);
    VirtualMachineInstance vmi = createRunningVmi("manual");
    Reply stop = call(admin, "PUT", vmPath("manual", "stop"), "{}");
    assertThat(stop.code()).as(stop.body()).isEqualTo(202);
    var reqs = vm("manual").getStatus().getStateChangeRequests();
    assertThat(reqs).hasSize(1);
    assertThat(reqs.get(0).getAction()).isEqualTo(StateChangeAction.STOP);
    assertThat(reqs.get(0).getUid()).isEqualTo(vmi.getMetadata().getUid());
  }

  @Test
  void unknownVmIsNotFoundInKubevirtsShape() throws Exception {
    Reply r = call(admin, "PUT", vmPath("nope", "start"), "{}");
    assertThat(r.code()).isEqualTo(404);
    JsonNode s = JSON.readTree(r.body());
    assertThat(s.path("kind").asText()).isEqualTo("Status");
    assertThat(s.path("status").asText()).isEqualTo("Failure");
    assertThat(s.path("reason").asText()).isEqualTo("NotFound");
    assertThat(s.path("message").asText())
        .isEqualTo("virtualmachine.kubevirt.io \"nope\" not found");
    assertThat(s.path("details").path("kind").asText()).isEqualTo("virtualmachine");
  }

  @Test
  void rbacOnTheSubresourceHolds() throws Exception {
    createVm("rbac", RunStrategy.HALTED);
    for (String sa : List.of("none", "starter")) {
      admin
          .resource(
              new ServiceAccountBuilder()
                  .withNewMetadata()
                  .withName(sa)
                  .withNamespace(ns)
                  .endMetadata()
                  .build())
          .create();
    }
    admin
        .resource(
            new RoleBuilder()
                .withNewMetadata()
                .withName("vm-starter")
                .withNamespace(ns)
                .endMetadata()
                .addNewRule()
                .withApiGroups(Discovery.GROUP)
                .withResources("virtualmachines/start")
                .withVerbs("update")
                .endRule()
                .build())
        .create();
    admin
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName("vm-starter")
                .withNamespace(ns)
                .endMetadata()
                .withNewRoleRef()
                .withApiGroup("rbac.authorization.k8s.io")
                .withKind("Role")
                .withName("vm-starter")
                .endRoleRef()
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName("starter")
                .withNamespace(ns)
                .endSubject()
                .build())
        .create();
    try (KubernetesClient none = client(kubeconfig(), "system:serviceaccount:" + ns + ":none");
        KubernetesClient starter =
            client(kubeconfig(), "system:serviceaccount:" + ns + ":starter")) {
      Reply denied = call(none, "PUT", vmPath("rbac", "start"), "{}");
      assertThat(denied.code()).isEqualTo(403);
      assertThat(vm("rbac").getSpec().getRunStrategy()).isEqualTo(RunStrategy.HALTED);
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(300))
          .until(() -> call(starter, "PUT", vmPath("rbac", "start"), "{}").code() == 202);
      assertThat(vm("rbac").getSpec().getRunStrategy()).isEqualTo(RunStrategy.ALWAYS);
      Reply stopDenied = call(starter, "PUT", vmPath("rbac", "stop"), "{}");
      assertThat(stopDenied.code()).isEqualTo(403);
    }
  }

  /**
   * KubeVirt's own virtctl, built by hack/build-virtctl.sh (cached; a cold build takes ~20 min).
   */
  static Path virtctl() throws Exception {
    Process p =
        new ProcessBuilder("../hack/build-virtctl.sh")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
            .trim();
    if (!p.waitFor(40, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(
          "hack/build-virtctl.sh failed (exit " + p.exitValue() + "): " + out);
    }
    return Path.of(out.substring(out.lastIndexOf('\n') + 1));
  }

  Reply virtctl(String... args) throws Exception {
    java.util.List<String> cmd =
        new java.util.ArrayList<>(
            List.of(virtctl().toString(), "--kubeconfig", kubeconfig().toString(), "-n", ns));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("virtctl " + String.join(" ", args) + " hung: " + out);
    }
    return new Reply(p.exitValue(), out);
  }

  @Test
  void kubevirtsVirtctlStartsStopsAndRestarts() throws Exception {
    createVm("vctl", RunStrategy.HALTED);
    Reply start = virtctl("start", "vctl");
    assertThat(start.code()).as(start.body()).isZero();
    assertThat(start.body()).contains("VM vctl was scheduled to start");
    assertThat(vm("vctl").getSpec().getRunStrategy()).isEqualTo(RunStrategy.ALWAYS);
    VirtualMachineInstance vmi = createRunningVmi("vctl");
    Reply again = virtctl("start", "vctl");
    assertThat(again.code()).isNotZero();
    assertThat(again.body()).contains("VM is already running");
    Reply restart = virtctl("restart", "vctl");
    assertThat(restart.code()).as(restart.body()).isZero();
    var reqs = vm("vctl").getStatus().getStateChangeRequests();
    assertThat(reqs)
        .extracting(r -> r.getAction())
        .containsExactly(StateChangeAction.STOP, StateChangeAction.START);
    assertThat(reqs.get(0).getUid()).isEqualTo(vmi.getMetadata().getUid());
    Reply stop = virtctl("stop", "vctl");
    assertThat(stop.code()).as(stop.body()).isZero();
    assertThat(stop.body()).contains("VM vctl was scheduled to stop");
    assertThat(vm("vctl").getSpec().getRunStrategy()).isEqualTo(RunStrategy.HALTED);
    Reply missing = virtctl("start", "ghost");
    assertThat(missing.code()).isNotZero();
    assertThat(missing.body()).contains("virtualmachine.kubevirt.io \"ghost\" not found");
  }
}
