package dev.coexist.operator.vmi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.operator.Fixtures;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeMount;
import org.junit.jupiter.api.Test;

class LauncherPodModelTest {

  static LauncherPodConfig config(boolean kvm) {
    return new LauncherPodConfig(
        "localhost/coexist/virt-launcher:latest",
        "Never",
        new Quantity("160Mi"),
        new Quantity("100m"),
        15,
        kvm,
        true);
  }

  private final VirtualMachineInstance vmi = Fixtures.vmi(VirtualMachineInstancePhase.PENDING);

  @Test
  void namesAndLabelsLikeKubevirt() {
    Pod pod = LauncherPodModel.from(vmi, config(false));
    assertThat(pod.getMetadata().getName())
        .matches("virt-launcher-vm1-[bcdfghjklmnpqrstvwxz2456789]{5}");
    assertThat(LauncherPodModel.from(vmi, config(false)).getMetadata().getName())
        .isEqualTo(pod.getMetadata().getName());
    assertThat(pod.getMetadata().getLabels())
        .containsEntry("kubevirt.io", "virt-launcher")
        .containsEntry("kubevirt.io/created-by", "vmi-uid-1")
        .containsEntry("vm.kubevirt.io/name", "vm1")
        .containsEntry("app", "demo");
    assertThat(pod.getMetadata().getAnnotations()).containsEntry("kubevirt.io/domain", "vm1");
    assertThat(pod.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo("VirtualMachineInstance");
              assertThat(o.getController()).isTrue();
            });
  }

  @Test
  void longVmiNamesStayWithinSixtyThreeCharacters() {
    assertThat(LauncherPodModel.podName("x".repeat(100), "uid")).hasSize(63);
  }

  @Test
  void computeRunsTheLauncherWithGuestMemoryPlusOverhead() {
    Pod pod = LauncherPodModel.from(vmi, config(false));
    Container compute = pod.getSpec().getContainers().get(0);
    assertThat(pod.getSpec().getContainers()).hasSize(1);
    assertThat(compute.getName()).isEqualTo("compute");
    assertThat(compute.getImage()).isEqualTo("localhost/coexist/virt-launcher:latest");
    assertThat(compute.getImagePullPolicy()).isEqualTo("Never");
    assertThat(compute.getArgs()).containsExactly("serve");
    assertThat(compute.getResources().getRequests())
        .containsEntry("memory", new Quantity("416Mi"))
        .containsEntry("cpu", new Quantity("100m"));
    assertThat(compute.getSecurityContext().getPrivileged()).isTrue();
    assertThat(compute.getVolumeMounts())
        .extracting(VolumeMount::getMountPath)
        .contains(
            "/var/run/kubevirt/sockets",
            "/var/run/kubevirt-private",
            "/var/run/libvirt",
            "/var/run/kubevirt/container-disks",
            "/var/run/kubevirt-private/vmi-disks/data")
        .doesNotContain("/dev/kvm");
    assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
  }

  @Test
  void containerDisksAreCopiedByAnInitContainerAndPvcsMounted() {
    Pod pod = LauncherPodModel.from(vmi, config(false));
    assertThat(pod.getSpec().getInitContainers())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getImage()).isEqualTo("localhost/coexist/tiny-guest:latest");
              assertThat(c.getImagePullPolicy()).isEqualTo("IfNotPresent");
              assertThat(c.getCommand())
                  .containsExactly("/bin/busybox", "cp", "-r", "/disk", "/dest/root");
            });
    assertThat(pod.getSpec().getVolumes())
        .filteredOn(v -> v.getPersistentVolumeClaim() != null)
        .extracting(v -> v.getPersistentVolumeClaim().getClaimName())
        .containsExactly("data-pvc");
    assertThat(pod.getSpec().getVolumes())
        .extracting(v -> v.getName())
        .contains("sockets", "private", "libvirt-runtime", "container-disks", "vol-data");
  }

  @Test
  void schedulingFieldsPassThroughWithTheGraceMargin() {
    Pod pod = LauncherPodModel.from(vmi, config(false));
    assertThat(pod.getSpec().getNodeSelector())
        .containsEntry("disk", "fast")
        .containsEntry("kubevirt.io/schedulable", "true");
    assertThat(pod.getSpec().getTolerations())
        .singleElement()
        .satisfies(t -> assertThat(t.getKey()).isEqualTo("k"));
    assertThat(pod.getSpec().getPriorityClassName()).isEqualTo("high");
    assertThat(pod.getSpec().getTerminationGracePeriodSeconds()).isEqualTo(35L);
    assertThat(pod.getSpec().getAutomountServiceAccountToken()).isFalse();
  }

  @Test
  void thePausePidOneReapsTheLaunchersOrphans() {
    Pod pod = LauncherPodModel.from(vmi, config(true));
    assertThat(pod.getSpec().getShareProcessNamespace()).isTrue();
  }

  @Test
  void devKvmOnlyOutsideEmulation() {
    Pod pod = LauncherPodModel.from(vmi, config(true));
    assertThat(pod.getSpec().getVolumes())
        .filteredOn(v -> v.getHostPath() != null)
        .extracting(v -> v.getHostPath().getPath())
        .containsExactly("/dev/kvm");
  }

  @Test
  void aVmiWithoutMemoryIsRejectedNamingTheField() {
    vmi.getSpec().getDomain().setMemory(null);
    assertThatThrownBy(() -> LauncherPodModel.from(vmi, config(false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("spec.domain.memory.guest");
  }
}
