package dev.coexist.operator.vmi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.operator.Fixtures;
import dev.coexist.operator.vmi.model.LauncherPodConfig;
import dev.coexist.operator.vmi.model.LauncherPodModel;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Container endings of a launcher pod whose phase is still Running, row by row. */
class LauncherContainersTest {

  /** The model's pod of the fixture VMI (containers compute and volumeroot), with these states. */
  static Pod pod(ContainerStatus... statuses) {
    Pod pod =
        LauncherPodModel.from(
            Fixtures.vmi(VirtualMachineInstancePhase.SCHEDULED),
            new LauncherPodConfig(
                "launcher", "Never", new Quantity("160Mi"), new Quantity("100m"), 15, false, true));
    pod.setStatus(
        new PodStatusBuilder().withPhase("Running").withContainerStatuses(statuses).build());
    return pod;
  }

  static ContainerStatus running(String name) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withNewState()
        .withNewRunning()
        .endRunning()
        .endState()
        .build();
  }

  static ContainerStatus ended(String name, int code, String message) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withNewState()
        .withNewTerminated()
        .withExitCode(code)
        .withReason(code == 0 ? "Completed" : "Error")
        .withMessage(message)
        .endTerminated()
        .endState()
        .build();
  }

  @Test
  void allRunningIsNoFailure() {
    assertThat(LauncherContainers.failure(pod(running("compute"), running("volumeroot"))))
        .isEmpty();
  }

  @Test
  void noStatusesYetIsNoFailure() {
    Pod p = pod();
    p.getStatus().setContainerStatuses(null);
    assertThat(LauncherContainers.failure(p)).isEmpty();
  }

  @Test
  void aContainerDiskContainerThatFailedNamesContainerVolumeAndMessage() {
    Optional<String> f =
        LauncherContainers.failure(
            pod(
                running("compute"),
                ended(
                    "volumeroot",
                    1,
                    "containerDisk volume root: the image has no /disk directory\n")));
    assertThat(f)
        .contains(
            "containerDisk container volumeroot of volume root failed (exit code 1, Error):"
                + " containerDisk volume root: the image has no /disk directory");
  }

  @Test
  void aContainerDiskContainerEndingCleanlyIsNoFailure() {
    assertThat(LauncherContainers.failure(pod(running("compute"), ended("volumeroot", 0, null))))
        .isEmpty();
  }

  @Test
  void theComputeContainerEndingIsAFailureWhateverItsCode() {
    assertThat(LauncherContainers.failure(pod(ended("compute", 1, null), running("volumeroot"))))
        .contains("the launcher container compute ended (exit code 1, Error)");
    assertThat(LauncherContainers.failure(pod(ended("compute", 0, ""), running("volumeroot"))))
        .contains("the launcher container compute ended (exit code 0, Completed)");
  }

  @Test
  void unknownContainersAreIgnored() {
    assertThat(
            LauncherContainers.failure(
                pod(running("compute"), running("volumeroot"), ended("istio-proxy", 1, null))))
        .isEmpty();
  }
}
