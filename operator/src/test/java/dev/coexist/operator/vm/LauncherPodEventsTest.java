package dev.coexist.operator.vm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

class LauncherPodEventsTest {
  private static Pod pod(String computeWaiting, boolean ready) {
    return new PodBuilder()
        .withNewMetadata()
        .withName("virt-launcher-vm-abcde")
        .endMetadata()
        .withNewStatus()
        .withPhase(ready ? "Running" : "Pending")
        .addNewCondition()
        .withType("Ready")
        .withStatus(ready ? "True" : "False")
        .endCondition()
        .addNewContainerStatus()
        .withName("compute")
        .withNewState()
        .withNewWaiting()
        .withReason(computeWaiting)
        .endWaiting()
        .endState()
        .endContainerStatus()
        .endStatus()
        .build();
  }

  @Test
  void aStartingPodsProgressIsNoEventForItsVm() {
    assertThat(LauncherPodEvents.added(pod("ContainerCreating", false))).isFalse();
    assertThat(LauncherPodEvents.updated(pod("PodInitializing", false), pod(null, false)))
        .isFalse();
    assertThat(LauncherPodEvents.updated(pod(null, true), pod("PodInitializing", false))).isFalse();
  }

  @Test
  void imagePullFailuresComingAndGoingAreEvents() {
    assertThat(LauncherPodEvents.added(pod("ErrImagePull", false))).isTrue();
    assertThat(LauncherPodEvents.updated(pod("ErrImageNeverPull", false), pod(null, false)))
        .isTrue();
    assertThat(
            LauncherPodEvents.updated(pod("ImagePullBackOff", false), pod("ErrImagePull", false)))
        .isTrue();
    assertThat(LauncherPodEvents.updated(pod(null, true), pod("ImagePullBackOff", false))).isTrue();
    assertThat(LauncherPodEvents.updated(pod("ErrImagePull", false), pod("ErrImagePull", true)))
        .as("the same failure again")
        .isFalse();
  }
}
