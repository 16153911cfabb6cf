package dev.coexist.operator.vmi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.kubevirt.v1.ContainerDiskSource;
import dev.coexist.crds.kubevirt.v1.PullPolicy;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.operator.Fixtures;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
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
    assertThat(pod.getSpec().getContainers())
        .extracting(Container::getName)
        .containsExactly("compute", "volumeroot");
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
            "/var/run/kubevirt-private/vmi-disks/data")
        .doesNotContain("/dev/kvm", "/init/usr/bin");
    assertThat(compute.getEnv())
        .extracting(EnvVar::getName)
        .doesNotContain("COEXIST_LAUNCHER_CONTAINER_DISKS_DIR", "COEXIST_CONTAINER_DISK");
    assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
  }

  @Test
  void theLauncherImageGivesTheStaticBinaryToTheContainerDiskContainers() {
    Pod pod = LauncherPodModel.from(vmi, config(false));
    assertThat(pod.getSpec().getInitContainers())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getName()).isEqualTo("container-disk-binary");
              assertThat(c.getImage()).isEqualTo("localhost/coexist/virt-launcher:latest");
              assertThat(c.getImagePullPolicy()).isEqualTo("Never");
              assertThat(c.getCommand())
                  .containsExactly("/bin/cp", "/bin/busybox", "/init/usr/bin/busybox");
              assertThat(c.getVolumeMounts())
                  .singleElement()
                  .satisfies(
                      m -> {
                        assertThat(m.getName()).isEqualTo("virt-bin-share-dir");
                        assertThat(m.getMountPath()).isEqualTo("/init/usr/bin");
                        assertThat(m.getReadOnly()).isNull();
                      });
            });
    assertThat(pod.getSpec().getVolumes())
        .filteredOn(v -> "virt-bin-share-dir".equals(v.getName()))
        .singleElement()
        .satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
  }

  @Test
  void eachContainerDiskIsAContainerOfTheUsersImageThatChecksTheDiskAndSleeps() {
    Pod pod = LauncherPodModel.from(vmi, config(false));
    Container disk = pod.getSpec().getContainers().get(1);
    assertThat(disk.getName()).isEqualTo("volumeroot");
    assertThat(disk.getImage()).isEqualTo("localhost/coexist/tiny-guest:latest");
    assertThat(disk.getImagePullPolicy()).isEqualTo("IfNotPresent");
    assertThat(disk.getCommand())
        .containsExactly(
            "/init/usr/bin/busybox",
            "sh",
            "-c",
            ContainerDiskModel.CHECK_AND_SLEEP,
            "container-disk",
            "root",
            "",
            "spec.volumes[0].containerDisk");
    assertThat(disk.getEnv()).containsExactly(new EnvVar("COEXIST_CONTAINER_DISK", "root", null));
    assertThat(disk.getResources().getRequests())
        .containsEntry("cpu", new Quantity("10m"))
        .containsEntry("memory", new Quantity("16Mi"));
    assertThat(disk.getResources().getLimits()).isNullOrEmpty();
    assertThat(disk.getSecurityContext().getRunAsUser()).isEqualTo(107L);
    assertThat(disk.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(disk.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(disk.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(disk.getTerminationMessagePolicy()).isEqualTo("FallbackToLogsOnError");
    assertThat(disk.getVolumeMounts())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getName()).isEqualTo("virt-bin-share-dir");
              assertThat(m.getMountPath()).isEqualTo("/init/usr/bin");
              assertThat(m.getReadOnly()).isTrue();
            });
    assertThat(ContainerDiskModel.CHECK_AND_SLEEP)
        .endsWith("exec /init/usr/bin/busybox sleep 2147483647");
  }

  @Test
  void containerDiskPathAndPullPolicyAreHonoured() {
    ContainerDiskSource cd = vmi.getSpec().getVolumes().get(0).getContainerDisk();
    cd.setPath("/custom/fedora.qcow2");
    cd.setImagePullPolicy(PullPolicy.ALWAYS);
    cd.setImagePullSecret("quay-creds");
    Pod pod = LauncherPodModel.from(vmi, config(false));
    Container disk = pod.getSpec().getContainers().get(1);
    assertThat(disk.getImagePullPolicy()).isEqualTo("Always");
    assertThat(disk.getCommand()).containsSubsequence("root", "/custom/fedora.qcow2");
    assertThat(pod.getSpec().getImagePullSecrets())
        .extracting(LocalObjectReference::getName)
        .containsExactly("quay-creds");
  }

  @Test
  void withoutContainerDisksThereIsNoBinaryCopier() {
    vmi.getSpec().setVolumes(List.of(vmi.getSpec().getVolumes().get(1)));
    vmi.getSpec().getDomain().getDevices().setDisks(List.of());
    Pod pod = LauncherPodModel.from(vmi, config(false));
    assertThat(pod.getSpec().getInitContainers()).isEmpty();
    assertThat(pod.getSpec().getContainers())
        .extracting(Container::getName)
        .containsExactly("compute");
    assertThat(pod.getSpec().getVolumes())
        .extracting(v -> v.getName())
        .doesNotContain("virt-bin-share-dir");
  }

  @Test
  void containerDisksWithoutImageOrWithOverlongNamesAreRejectedNamingTheField() {
    vmi.getSpec().getVolumes().get(0).getContainerDisk().setImage(" ");
    assertThatThrownBy(() -> LauncherPodModel.from(vmi, config(false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spec.volumes[0].containerDisk.image: required");
    vmi.getSpec().getVolumes().get(0).getContainerDisk().setImage("img");
    vmi.getSpec().getVolumes().get(0).setName("v".repeat(58));
    assertThatThrownBy(() -> LauncherPodModel.from(vmi, config(false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("spec.volumes[0].name: too long");
  }

  @Test
  void pvcsAreMountedUnderTheVolumeName() {
    Pod pod = LauncherPodModel.from(vmi, config(false));
    assertThat(pod.getSpec().getVolumes())
        .filteredOn(v -> v.getPersistentVolumeClaim() != null)
        .extracting(v -> v.getPersistentVolumeClaim().getClaimName())
        .containsExactly("data-pvc");
    assertThat(pod.getSpec().getVolumes())
        .extracting(v -> v.getName())
        .contains("sockets", "private", "libvirt-runtime", "virt-bin-share-dir", "vol-data")
        .doesNotContain("container-disks");
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
