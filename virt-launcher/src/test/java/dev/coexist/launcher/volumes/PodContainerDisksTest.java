package dev.coexist.launcher.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.kubevirt.v1.ContainerDiskSource;
import dev.coexist.crds.kubevirt.v1.Volume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KubeVirt's rules for finding a containerDisk's file in its container, against the fake. */
class PodContainerDisksTest {
  private static final String FIELD = "spec.volumes[0].containerDisk";

  @TempDir Path root;
  private final FakeContainerDiskProcesses processes = new FakeContainerDiskProcesses();
  private final PodContainerDisks disks = new PodContainerDisks(processes, Duration.ofSeconds(5));

  private static Volume volume(String path) {
    ContainerDiskSource cd = new ContainerDiskSource();
    cd.setImage("quay.io/containerdisks/fedora:41");
    cd.setPath(path);
    Volume v = new Volume();
    v.setName("rootdisk");
    v.setContainerDisk(cd);
    return v;
  }

  @Test
  void theSingleFileUnderDiskIsUsedInPlace() throws Exception {
    Files.createDirectories(root.resolve("disk"));
    Files.writeString(root.resolve("disk/fedora.qcow2"), "qcow2");
    processes.start("rootdisk", root);

    assertThat(disks.locate(volume(null), FIELD)).isEqualTo(root.resolve("disk/fedora.qcow2"));
  }

  @Test
  void pathIsAPathInTheImage() throws Exception {
    Files.createDirectories(root.resolve("custom"));
    Files.writeString(root.resolve("custom/my.img"), "raw");
    Files.createDirectories(root.resolve("disk"));
    Files.writeString(root.resolve("disk/a"), "a");
    Files.writeString(root.resolve("disk/b"), "b");
    processes.start("rootdisk", root);

    assertThat(disks.locate(volume("/custom/my.img"), FIELD))
        .isEqualTo(root.resolve("custom/my.img"));
    assertThatThrownBy(() -> disks.locate(volume("/custom/other.img"), FIELD))
        .isInstanceOf(InvalidVolumeException.class)
        .hasMessageContaining(FIELD + ".path")
        .hasMessageContaining("/custom/other.img");
  }

  @Test
  void anImageWithoutExactlyOneDiskFileFailsNamingTheField() throws Exception {
    processes.start("rootdisk", root);
    assertThatThrownBy(() -> disks.locate(volume(null), FIELD))
        .isInstanceOf(InvalidVolumeException.class)
        .hasMessageContaining(FIELD)
        .hasMessageContaining("found 0");
    Files.createDirectories(root.resolve("disk"));
    Files.writeString(root.resolve("disk/a"), "a");
    Files.writeString(root.resolve("disk/b"), "b");
    assertThatThrownBy(() -> disks.locate(volume(null), FIELD))
        .isInstanceOf(InvalidVolumeException.class)
        .hasMessageContaining("found 2");
  }

  @Test
  void aContainerThatStartsLateIsWaitedFor() throws Exception {
    Files.createDirectories(root.resolve("disk"));
    Files.writeString(root.resolve("disk/disk.qcow2"), "qcow2");
    processes.startAfter("rootdisk", root, 3);

    assertThat(disks.locate(volume(null), FIELD)).isEqualTo(root.resolve("disk/disk.qcow2"));
    assertThat(processes.lookups()).isEqualTo(4);
  }

  @Test
  void aContainerThatNeverRunsFailsNamingTheVolumeAndContainer() {
    PodContainerDisks impatient = new PodContainerDisks(processes, Duration.ofMillis(250));
    assertThatThrownBy(() -> impatient.locate(volume(null), FIELD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("containerDisk volume rootdisk")
        .hasMessageContaining("volumerootdisk");
  }
}
