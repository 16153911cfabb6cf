package dev.coexist.operator.vmi;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

class LauncherPodFactsTest {
  private static PodBuilder pod() {
    return new PodBuilder()
        .withNewMetadata()
        .withName("virt-launcher-vm-abcde")
        .withUid("u1")
        .withCreationTimestamp("2026-11-27T14:00:00Z")
        .endMetadata()
        .withNewSpec()
        .endSpec()
        .withNewStatus()
        .withPhase("Pending")
        .withQosClass("Burstable")
        .endStatus();
  }

  @Test
  void containerProgressAndReadinessAreNoChangeForTheVmi() {
    Pod before = pod().editSpec().withNodeName("n1").endSpec().build();
    Pod after =
        pod()
            .editSpec()
            .withNodeName("n1")
            .endSpec()
            .editStatus()
            .addNewCondition()
            .withType("Initialized")
            .withStatus("True")
            .endCondition()
            .addNewInitContainerStatus()
            .withName("init")
            .withReady(true)
            .endInitContainerStatus()
            .endStatus()
            .build();
    assertThat(LauncherPodFacts.changed(after, before)).isFalse();
  }

  @Test
  void bindingPhaseSchedulingFailureAndDeletionAreChanges() {
    Pod pending = pod().build();
    assertThat(
            LauncherPodFacts.changed(
                pod().editSpec().withNodeName("n1").endSpec().build(), pending))
        .isTrue();
    assertThat(
            LauncherPodFacts.changed(
                pod().editStatus().withPhase("Running").endStatus().build(), pending))
        .isTrue();
    Pod unschedulable =
        pod()
            .editStatus()
            .addNewCondition()
            .withType("PodScheduled")
            .withStatus("False")
            .withReason("Unschedulable")
            .withMessage("0/1 nodes are available")
            .endCondition()
            .endStatus()
            .build();
    assertThat(LauncherPodFacts.changed(unschedulable, pending)).isTrue();
    assertThat(
            LauncherPodFacts.changed(
                pod()
                    .editMetadata()
                    .withDeletionTimestamp("2026-11-27T14:01:00Z")
                    .endMetadata()
                    .build(),
                pending))
        .isTrue();
    Pod computeEnded =
        pod()
            .editStatus()
            .addNewContainerStatus()
            .withName("compute")
            .withNewState()
            .withNewTerminated()
            .withExitCode(1)
            .endTerminated()
            .endState()
            .endContainerStatus()
            .endStatus()
            .build();
    assertThat(LauncherPodFacts.changed(computeEnded, pending))
        .as("a container that ended fails the VMI")
        .isTrue();
    assertThat(LauncherPodFacts.changed(pod().build(), pending)).isFalse();
  }
}
