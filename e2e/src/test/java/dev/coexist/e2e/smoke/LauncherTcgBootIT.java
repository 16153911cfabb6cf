package dev.coexist.e2e.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.e2e.cluster.ClusterTest;
import dev.coexist.e2e.cluster.PodRuns;
import dev.coexist.e2e.cluster.TestNamespace;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A pod from the launcher image (Debian base with libvirt + QEMU) starts libvirtd and boots the
 * test guest (containerDisk localhost/coexist/tiny-guest) under TCG on the node; the guest's marker
 * is read from the pod log, and libvirt used its pre-seeded QEMU capability cache.
 */
@ClusterTest
class LauncherTcgBootIT {

  @Test
  void launcherPodBootsTheTestGuest(TestNamespace ns) throws IOException {
    ns.client()
        .configMaps()
        .inNamespace(ns.name())
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("boot")
                .endMetadata()
                .addToData("boot.sh", resource("launcher-boot/boot.sh"))
                .addToData("domain.xml", resource("launcher-boot/domain.xml"))
                .build())
        .create();

    String log = PodRuns.runToCompletion(ns, pod(), Duration.ofMinutes(4));

    assertThat(log).contains("COEXIST-GUEST-READY").contains("CAPS-CACHE-REUSED");
  }

  private static Pod pod() {
    return new PodBuilder()
        .withNewMetadata()
        .withName("launcher-boot")
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("Never")
        // The containerDisk image holds only /disk/disk.qcow2 (no shell): the launcher image's
        // static busybox is copied out first and copies the disk from inside the image.
        .addNewInitContainer()
        .withName("container-disk-binary")
        .withImage("localhost/coexist/virt-launcher:latest")
        .withImagePullPolicy("Never")
        .withCommand("/bin/cp", "/bin/busybox", "/bin-share/busybox")
        .addNewVolumeMount()
        .withName("bin")
        .withMountPath("/bin-share")
        .endVolumeMount()
        .endInitContainer()
        .addNewInitContainer()
        .withName("container-disk")
        .withImage("localhost/coexist/tiny-guest:latest")
        .withImagePullPolicy("Never")
        .withCommand("/bin-share/busybox", "cp", "/disk/disk.qcow2", "/vm/disk.qcow2")
        .addNewVolumeMount()
        .withName("vm")
        .withMountPath("/vm")
        .endVolumeMount()
        .addNewVolumeMount()
        .withName("bin")
        .withMountPath("/bin-share")
        .withReadOnly(true)
        .endVolumeMount()
        .endInitContainer()
        .addNewContainer()
        .withName("launcher")
        .withImage("localhost/coexist/virt-launcher:latest")
        .withImagePullPolicy("Never")
        .withCommand("/bin/sh", "/etc/coexist-boot/boot.sh")
        .withNewSecurityContext()
        .withPrivileged(true)
        .endSecurityContext()
        .addNewVolumeMount()
        .withName("vm")
        .withMountPath("/vm")
        .endVolumeMount()
        .addNewVolumeMount()
        .withName("boot")
        .withMountPath("/etc/coexist-boot")
        .endVolumeMount()
        .endContainer()
        .addNewVolume()
        .withName("vm")
        .withNewEmptyDir()
        .endEmptyDir()
        .endVolume()
        .addNewVolume()
        .withName("bin")
        .withNewEmptyDir()
        .endEmptyDir()
        .endVolume()
        .addNewVolume()
        .withName("boot")
        .withNewConfigMap()
        .withName("boot")
        .endConfigMap()
        .endVolume()
        .endSpec()
        .build();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LauncherTcgBootIT.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
