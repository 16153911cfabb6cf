package dev.coexist.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.StateChangeAction;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import dev.coexist.crds.kubevirt.v1.VirtualMachinePrintableStatus;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStateChangeRequest;
import dev.coexist.crds.kubevirt.v1.VirtualMachineStatus;
import dev.coexist.operator.OperatorRuntime;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator (VM and VMI controllers) running in the test JVM against the real test cluster: VM →
 * VMI → launcher pod, run strategies, state change requests, missing PVCs, crash loops and
 * deletion. No virt-handler runs here: the tests play its part by writing VMI phases.
 */
class VirtualMachineControllerIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Set<VirtualMachinePrintableStatus> STARTING =
      EnumSet.of(
          VirtualMachinePrintableStatus.STARTING,
          VirtualMachinePrintableStatus.ERROR_UNSCHEDULABLE,
          VirtualMachinePrintableStatus.ERR_IMAGE_PULL,
          VirtualMachinePrintableStatus.IMAGE_PULL_BACK_OFF);

  private static KubernetesClient client;
  private static String ns;
  private static OperatorRuntime operator;

  @BeforeAll
  static void startOperator() {
    client = TestCluster.client();
    ns = TestCluster.createNamespace(client, VirtualMachineControllerIT.class);
    operator = OperatorRuntime.start(TestCluster.operatorConfig(ns), client, Clock.systemUTC());
  }

  @AfterAll
  static void stopOperator() {
    if (client != null && ns != null) {
      client.resources(VirtualMachine.class).inNamespace(ns).delete();
      await()
          .atMost(TIMEOUT)
          .until(
              () ->
                  client
                      .resources(VirtualMachineInstance.class)
                      .inNamespace(ns)
                      .list()
                      .getItems()
                      .isEmpty());
    }
    if (operator != null) {
      operator.close();
    }
    if (client != null) {
      client.namespaces().withName(ns).delete();
      client.close();
    }
  }

  @Test
  void vmStartsAVmiWithOwnerUnmodeledFieldsAndALauncherPod() {
    VirtualMachine vm = create(vm("always", RunStrategy.ALWAYS, ""));
    VirtualMachineInstance vmi = awaitVmi("always");

    assertThat(vmi.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo("VirtualMachine");
              assertThat(o.getUid()).isEqualTo(vm.getMetadata().getUid());
              assertThat(o.getController()).isTrue();
            });
    Map<?, ?> raw =
        client
            .genericKubernetesResources("kubevirt.io/v1", "VirtualMachineInstance")
            .inNamespace(ns)
            .withName("always")
            .get()
            .getAdditionalProperties();
    assertThat(raw.toString()).contains("futureField=kept");
    assertThat(vmi.getMetadata().getLabels()).containsEntry("app", "always");

    Pod pod = awaitPod(vmi);
    assertThat(pod.getMetadata().getName()).startsWith("virt-launcher-always-");
    assertThat(pod.getMetadata().getLabels())
        .containsEntry(KubevirtNames.LABEL_APP, "virt-launcher")
        .containsEntry(KubevirtNames.LABEL_CREATED_BY, vmi.getMetadata().getUid())
        .containsEntry(KubevirtNames.LABEL_VM_NAME, "always");
    assertThat(pod.getMetadata().getAnnotations()).containsEntry("kubevirt.io/domain", "always");
    assertThat(pod.getSpec().getContainers().get(0).getName()).isEqualTo("compute");
    assertThat(pod.getSpec().getContainers().get(0).getResources().getRequests().get("memory"))
        .isEqualTo(new Quantity("416Mi"));

    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () -> {
              VirtualMachineStatus s = status("always");
              assertThat(s.getCreated()).isTrue();
              assertThat(STARTING).contains(s.getPrintableStatus());
              assertThat(s.getConditions())
                  .anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("False"));
            });
    assertThat(phase("always"))
        .isIn(VirtualMachineInstancePhase.SCHEDULING, VirtualMachineInstancePhase.SCHEDULED);
  }

  @Test
  void anUnsupportedDeviceIsNamedInTheFailureConditionAndKeptInTheSpec() {
    create(vm("tpm", RunStrategy.ALWAYS, "", "          tpm: {}"));
    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () ->
                assertThat(status("tpm").getConditions())
                    .anySatisfy(
                        c -> {
                          assertThat(c.getType()).isEqualTo("Failure");
                          assertThat(c.getStatus()).isEqualTo("True");
                          assertThat(c.getMessage())
                              .contains("spec.template.spec.domain.devices.tpm");
                        }));
    assertThat(vmis().withName("tpm").get()).isNull();
    assertThat(status("tpm").getPrintableStatus()).isEqualTo(VirtualMachinePrintableStatus.STOPPED);
    Map<?, ?> raw =
        client
            .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
            .inNamespace(ns)
            .withName("tpm")
            .get()
            .getAdditionalProperties();
    assertThat(raw.toString()).contains("tpm={}");
  }

  @Test
  void haltedDeletesTheVmiAndItsPod() {
    create(vm("halt", RunStrategy.ALWAYS, ""));
    VirtualMachineInstance vmi = awaitVmi("halt");
    awaitPod(vmi);

    vms()
        .withName("halt")
        .edit(
            v -> {
              v.getSpec().setRunStrategy(RunStrategy.HALTED);
              return v;
            });

    await().atMost(TIMEOUT).until(() -> vmis().withName("halt").get() == null);
    assertThat(launcherPods(vmi)).isEmpty();
    await()
        .atMost(TIMEOUT)
        .until(() -> status("halt").getPrintableStatus() == VirtualMachinePrintableStatus.STOPPED);
    assertThat(status("halt").getCreated()).isNull();
  }

  @Test
  void manualFollowsStartAndStopRequests() {
    create(vm("manual", RunStrategy.MANUAL, ""));
    await()
        .atMost(TIMEOUT)
        .until(
            () -> status("manual").getPrintableStatus() == VirtualMachinePrintableStatus.STOPPED);
    assertThat(vmis().withName("manual").get()).isNull();

    request("manual", StateChangeAction.START, null);
    VirtualMachineInstance vmi = awaitVmi("manual");
    await().atMost(TIMEOUT).until(() -> status("manual").getStateChangeRequests() == null);

    request("manual", StateChangeAction.STOP, vmi.getMetadata().getUid());
    await().atMost(TIMEOUT).until(() -> vmis().withName("manual").get() == null);
    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                status("manual").getStateChangeRequests() == null
                    && status("manual").getPrintableStatus()
                        == VirtualMachinePrintableStatus.STOPPED);
  }

  @Test
  void missingPvcReportsErrorPvcNotFoundUntilItExists() {
    create(vm("pvc", RunStrategy.ALWAYS, "claim-later"));
    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                status("pvc").getPrintableStatus()
                    == VirtualMachinePrintableStatus.ERROR_PVC_NOT_FOUND);
    VirtualMachineInstance vmi = awaitVmi("pvc");
    assertThat(launcherPods(vmi)).isEmpty();

    client
        .persistentVolumeClaims()
        .inNamespace(ns)
        .resource(
            new PersistentVolumeClaimBuilder()
                .withNewMetadata()
                .withName("claim-later")
                .endMetadata()
                .withNewSpec()
                .withAccessModes("ReadWriteOnce")
                .withNewResources()
                .addToRequests("storage", new Quantity("1Gi"))
                .endResources()
                .endSpec()
                .build())
        .create();

    awaitPod(vmi);
    await()
        .atMost(TIMEOUT)
        .untilAsserted(() -> assertThat(STARTING).contains(status("pvc").getPrintableStatus()));
  }

  @Test
  void vmisFailingBeforeRunningCrashLoopWithGrowingBackoff() {
    create(vm("crash", RunStrategy.ALWAYS, ""));
    VirtualMachineInstance first = awaitVmi("crash");
    failVmi(first);

    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () -> {
              VirtualMachineStatus s = status("crash");
              assertThat(s.getStartFailure()).isNotNull();
              assertThat(s.getStartFailure().getConsecutiveFailCount()).isEqualTo(1);
              assertThat(s.getStartFailure().getLastFailedVMIUID())
                  .isEqualTo(first.getMetadata().getUid());
            });
    VirtualMachineInstance second =
        await()
            .atMost(TIMEOUT)
            .until(
                () -> vmis().withName("crash").get(),
                v -> v != null && !v.getMetadata().getUid().equals(first.getMetadata().getUid()));
    failVmi(second);
    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () -> {
              VirtualMachineStatus s = status("crash");
              assertThat(s.getStartFailure().getConsecutiveFailCount()).isEqualTo(2);
              assertThat(s.getPrintableStatus())
                  .isEqualTo(VirtualMachinePrintableStatus.CRASH_LOOP_BACK_OFF);
            });

    VirtualMachineInstance third =
        await()
            .atMost(TIMEOUT)
            .until(
                () -> vmis().withName("crash").get(),
                v -> v != null && !v.getMetadata().getUid().equals(second.getMetadata().getUid()));
    setPhase(third, VirtualMachineInstancePhase.RUNNING);
    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () -> {
              VirtualMachineStatus s = status("crash");
              assertThat(s.getStartFailure()).isNull();
              assertThat(s.getPrintableStatus()).isEqualTo(VirtualMachinePrintableStatus.RUNNING);
            });
  }

  @Test
  void deletingTheVmRemovesVmiAndPod() {
    create(vm("gone", RunStrategy.ALWAYS, ""));
    VirtualMachineInstance vmi = awaitVmi("gone");
    awaitPod(vmi);

    vms().withName("gone").delete();

    await().atMost(TIMEOUT).until(() -> vms().withName("gone").get() == null);
    await().atMost(TIMEOUT).until(() -> vmis().withName("gone").get() == null);
    await().atMost(TIMEOUT).until(() -> launcherPods(vmi).isEmpty());
  }

  // --- helpers ---

  private static String vm(String name, RunStrategy strategy, String claim) {
    return vm(name, strategy, claim, "");
  }

  private static String vm(String name, RunStrategy strategy, String claim, String tpm) {
    String volumes =
        claim.isEmpty()
            ? ""
            : String.join(
                "\n",
                "      volumes:",
                "      - {name: data, persistentVolumeClaim: {claimName: " + claim + "}}");
    String disks = claim.isEmpty() ? "[]" : "[{name: data, disk: {bus: virtio}}]";
    return String.join(
        "\n",
        "apiVersion: kubevirt.io/v1",
        "kind: VirtualMachine",
        "metadata: {name: " + name + "}",
        "spec:",
        "  runStrategy: " + strategy.value(),
        "  template:",
        "    metadata: {labels: {app: " + name + "}}",
        "    spec:",
        "      futureField: kept",
        "      domain:",
        "        memory: {guest: 256Mi}",
        "        devices:",
        tpm,
        "          disks: " + disks,
        volumes,
        "");
  }

  private static VirtualMachine create(String yaml) {
    VirtualMachine vm = client.getKubernetesSerialization().unmarshal(yaml, VirtualMachine.class);
    return vms().resource(vm).create();
  }

  private static io.fabric8.kubernetes.client.dsl.MixedOperation<
          VirtualMachine, ?, Resource<VirtualMachine>>
      vmsOp() {
    return client.resources(VirtualMachine.class);
  }

  private static io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<
          VirtualMachine, ?, Resource<VirtualMachine>>
      vms() {
    return vmsOp().inNamespace(ns);
  }

  private static io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<
          VirtualMachineInstance, ?, Resource<VirtualMachineInstance>>
      vmis() {
    return client.resources(VirtualMachineInstance.class).inNamespace(ns);
  }

  private static VirtualMachineStatus status(String name) {
    return Optional.ofNullable(vms().withName(name).get())
        .map(VirtualMachine::getStatus)
        .orElseGet(VirtualMachineStatus::new);
  }

  private static VirtualMachineInstancePhase phase(String name) {
    return Optional.ofNullable(vmis().withName(name).get())
        .map(VirtualMachineInstance::getStatus)
        .map(VirtualMachineInstanceStatus::getPhase)
        .orElse(null);
  }

  private static VirtualMachineInstance awaitVmi(String name) {
    return await().atMost(TIMEOUT).until(() -> vmis().withName(name).get(), v -> v != null);
  }

  private static List<Pod> launcherPods(VirtualMachineInstance vmi) {
    return client
        .pods()
        .inNamespace(ns)
        .withLabels(KubevirtNames.launcherPodSelector(vmi.getMetadata().getUid()))
        .list()
        .getItems();
  }

  private static Pod awaitPod(VirtualMachineInstance vmi) {
    return await().atMost(TIMEOUT).until(() -> launcherPods(vmi), l -> !l.isEmpty()).get(0);
  }

  private static void request(String vm, StateChangeAction action, String uid) {
    VirtualMachineStateChangeRequest r = new VirtualMachineStateChangeRequest();
    r.setAction(action);
    r.setUid(uid);
    await()
        .atMost(TIMEOUT)
        .ignoreExceptions()
        .until(
            () -> {
              VirtualMachine cur = vms().withName(vm).get();
              VirtualMachineStatus s =
                  Optional.ofNullable(cur.getStatus()).orElseGet(VirtualMachineStatus::new);
              s.setStateChangeRequests(List.of(r));
              cur.setStatus(s);
              vms().resource(cur).updateStatus();
              return true;
            });
  }

  /** Plays the virt-handler: the VMI failed before it ever ran. */
  private static void failVmi(VirtualMachineInstance vmi) {
    setPhase(vmi, VirtualMachineInstancePhase.FAILED);
  }

  private static void setPhase(VirtualMachineInstance vmi, VirtualMachineInstancePhase phase) {
    await()
        .atMost(TIMEOUT)
        .ignoreExceptions()
        .until(
            () -> {
              VirtualMachineInstance cur = vmis().withName(vmi.getMetadata().getName()).get();
              VirtualMachineInstanceStatus s =
                  Optional.ofNullable(cur.getStatus()).orElseGet(VirtualMachineInstanceStatus::new);
              s.setPhase(phase);
              cur.setStatus(s);
              vmis().resource(cur).update();
              return true;
            });
  }
}
