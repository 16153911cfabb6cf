package dev.coexist.operator.vmi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.operator.Fixtures;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VmiPlannerTest {

  private static Pod pod(String phase, String node) {
    return new PodBuilder()
        .withNewMetadata()
        .withName("virt-launcher-vm1-abcde")
        .withUid("pod-uid")
        .endMetadata()
        .withNewSpec()
        .withNodeName(node)
        .endSpec()
        .withNewStatus()
        .withPhase(phase)
        .withQosClass("Burstable")
        .endStatus()
        .build();
  }

  private static VirtualMachineInstance vmi(VirtualMachineInstancePhase p) {
    return Fixtures.vmi(p);
  }

  @Test
  void aNewVmiGetsItsPodAndGoesScheduling() {
    VirtualMachineInstance v = VmiFixtures.fresh();
    VmiPlan plan = VmiPlanner.plan(v, Optional.empty(), Map.of(), Fixtures.NOW);
    assertThat(plan.action()).isEqualTo(VmiPlan.Action.CREATE_POD);
    assertThat(plan.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.SCHEDULING);
    assertThat(plan.status().getPhaseTransitionTimestamps())
        .singleElement()
        .satisfies(t -> assertThat(t.getPhase()).isEqualTo("Scheduling"));
  }

  @Test
  void aMissingPvcKeepsItPendingWithTheReason() {
    VmiPlan plan =
        VmiPlanner.plan(
            VmiFixtures.fresh(),
            Optional.empty(),
            Map.of("FailedPvcNotFound", "PVC ns1/data-pvc does not exist"),
            Fixtures.NOW);
    assertThat(plan.action()).isEqualTo(VmiPlan.Action.NONE);
    assertThat(plan.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.PENDING);
    assertThat(plan.status().getConditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getType()).isEqualTo("Synchronized");
              assertThat(c.getReason()).isEqualTo("FailedPvcNotFound");
            });
  }

  @Test
  void aRunningPodMakesItScheduledOnItsNode() {
    VmiPlan plan =
        VmiPlanner.plan(
            vmi(VirtualMachineInstancePhase.SCHEDULING),
            Optional.of(pod("Running", "node1")),
            Map.of(),
            Fixtures.NOW);
    assertThat(plan.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.SCHEDULED);
    assertThat(plan.status().getNodeName()).isEqualTo("node1");
    assertThat(plan.nodeName()).contains("node1");
    assertThat(plan.status().getActivePods()).containsEntry("pod-uid", "node1");
  }

  @Test
  void aPendingPodKeepsItScheduling() {
    VmiPlan plan =
        VmiPlanner.plan(
            vmi(VirtualMachineInstancePhase.SCHEDULING),
            Optional.of(pod("Pending", null)),
            Map.of(),
            Fixtures.NOW);
    assertThat(plan.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.SCHEDULING);
    assertThat(plan.nodeName()).isEmpty();
  }

  @Test
  void theHandlersRunningPhaseIsNotTouched() {
    VirtualMachineInstance running = vmi(VirtualMachineInstancePhase.RUNNING);
    running.getStatus().setNodeName("node1");
    VmiPlan plan =
        VmiPlanner.plan(running, Optional.of(pod("Running", "node1")), Map.of(), Fixtures.NOW);
    assertThat(plan.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(plan.action()).isEqualTo(VmiPlan.Action.NONE);
  }

  @Test
  void aPodFailingBeforeRunningFailsTheVmi() {
    VmiPlan plan =
        VmiPlanner.plan(
            vmi(VirtualMachineInstancePhase.SCHEDULED),
            Optional.of(pod("Failed", "node1")),
            Map.of(),
            Fixtures.NOW);
    assertThat(plan.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
  }

  @Test
  void aContainerDiskContainerFailingBeforeRunningFailsTheVmiNamingIt() {
    Pod pod =
        LauncherContainersTest.pod(
            LauncherContainersTest.running("compute"),
            LauncherContainersTest.ended("volumeroot", 1, "no /disk"));
    pod.getSpec().setNodeName("node1");
    VmiPlan plan =
        VmiPlanner.plan(
            vmi(VirtualMachineInstancePhase.SCHEDULED), Optional.of(pod), Map.of(), Fixtures.NOW);
    assertThat(plan.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
    assertThat(plan.status().getReason()).isEqualTo("PodFailed");
    assertThat(plan.status().getConditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getType()).isEqualTo("Synchronized");
              assertThat(c.getReason()).isEqualTo("PodFailed");
              assertThat(c.getMessage())
                  .isEqualTo(
                      "containerDisk container volumeroot of volume root failed (exit code 1,"
                          + " Error): no /disk before the VMI ran");
            });
  }

  @Test
  void aContainerEndingAfterRunningIsLeftToTheHandler() {
    VirtualMachineInstance running = vmi(VirtualMachineInstancePhase.RUNNING);
    Pod pod =
        LauncherContainersTest.pod(
            LauncherContainersTest.ended("compute", 0, null),
            LauncherContainersTest.running("volumeroot"));
    VmiPlan plan = VmiPlanner.plan(running, Optional.of(pod), Map.of(), Fixtures.NOW);
    assertThat(plan.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(plan.action()).isEqualTo(VmiPlan.Action.NONE);
  }

  @Test
  void aPodVanishingFailsTheVmiAfterALiveCheck() {
    VmiPlan plan =
        VmiPlanner.plan(
            vmi(VirtualMachineInstancePhase.SCHEDULED), Optional.empty(), Map.of(), Fixtures.NOW);
    assertThat(plan.podVanished()).isTrue();
    assertThat(plan.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
  }

  @Test
  void aFinishedVmiDeletesItsLivePod() {
    VmiPlan plan =
        VmiPlanner.plan(
            vmi(VirtualMachineInstancePhase.FAILED),
            Optional.of(pod("Running", "n")),
            Map.of(),
            Fixtures.NOW);
    assertThat(plan.action()).isEqualTo(VmiPlan.Action.DELETE_POD);
  }

  @Test
  void planningTwiceIsStable() {
    VirtualMachineInstance v = vmi(VirtualMachineInstancePhase.SCHEDULING);
    VmiPlan first =
        VmiPlanner.plan(v, Optional.of(pod("Running", "node1")), Map.of(), Fixtures.NOW);
    v.setStatus(first.status());
    VmiPlan again =
        VmiPlanner.plan(
            v, Optional.of(pod("Running", "node1")), Map.of(), Fixtures.NOW.plusSeconds(9));
    assertThat(again.status()).isEqualTo(first.status());
  }

  /** VMIs as the VM controller creates them. */
  static final class VmiFixtures {
    static VirtualMachineInstance fresh() {
      VirtualMachineInstance v = Fixtures.vmi(VirtualMachineInstancePhase.PENDING);
      v.setStatus(null);
      return v;
    }
  }
}
