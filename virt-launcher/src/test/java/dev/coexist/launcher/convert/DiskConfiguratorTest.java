package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.bus;
import static dev.coexist.launcher.convert.TestVmis.containerDisk;
import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withCdrom;
import static dev.coexist.launcher.convert.TestVmis.withContainerDisk;
import static dev.coexist.launcher.convert.TestVmis.withDevices;
import static dev.coexist.launcher.convert.TestVmis.withDisk;
import static dev.coexist.launcher.convert.TestVmis.withPvcDisk;
import static dev.coexist.launcher.convert.TestVmis.withVolume;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.DiskBus;
import dev.coexist.crds.kubevirt.v1.DiskCache;
import dev.coexist.crds.kubevirt.v1.DiskErrorPolicy;
import dev.coexist.crds.kubevirt.v1.DiskIo;
import dev.coexist.crds.kubevirt.v1.LunTarget;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.model.OpenObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiskConfiguratorTest {
  private static final String VOLS = TestContexts.VOLUME_DIR;

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of(
            "containerDisk on virtio with serial and boot order",
            vmi(
                withContainerDisk("root"),
                withDevices(
                    d -> {
                      d.getDisks().get(0).setSerial("root0001");
                      d.getDisks().get(0).setBootOrder(1);
                    })),
            Set.of(),
            "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                + "<source file='"
                + VOLS
                + "/root.qcow2'/><target dev='vda' bus='virtio'/>"
                + "<boot order='1'/><serial>root0001</serial><alias name='ua-root'/></disk>",
            ""),
        Arguments.of(
            "letters per prefix: virtio vdX, sata and scsi share sdX; scsi adds virtio-scsi",
            vmi(
                withPvcDisk("a", DiskBus.VIRTIO),
                withPvcDisk("b", DiskBus.SATA),
                withPvcDisk("c", DiskBus.VIRTIO),
                withPvcDisk("d", DiskBus.SCSI)),
            Set.of(),
            disk("a", "vda", "virtio")
                + disk("b", "sda", "sata")
                + disk("c", "vdb", "virtio")
                + disk("d", "sdb", "scsi"),
            "<controller type='scsi' index='0' model='virtio-scsi'/>"),
        Arguments.of(
            "cdrom defaults to sata and read-only",
            vmi(withCdrom("iso", null)),
            Set.of(),
            "<disk type='file' device='cdrom'><driver name='qemu' type='qcow2'/>"
                + "<source file='"
                + VOLS
                + "/iso.qcow2'/><target dev='sda' bus='sata'/>"
                + "<readonly/><alias name='ua-iso'/></disk>",
            ""),
        Arguments.of(
            "lun on a block device, shareable, cache/io/error policy",
            vmi(
                withDisk(
                    "shared",
                    d -> {
                      d.setLun(new LunTarget());
                      d.setShareable(true);
                      d.setCache(DiskCache.NONE);
                      d.setIo(DiskIo.NATIVE);
                      d.setErrorPolicy(DiskErrorPolicy.REPORT);
                    }),
                withVolume("shared", v -> v.setPersistentVolumeClaim(TestVmis.pvc("shared")))),
            Set.of("shared"),
            "<disk type='block' device='lun'>"
                + "<driver name='qemu' type='raw' cache='none' error_policy='report' io='native'/>"
                + "<source dev='/dev/coexist/shared'/><target dev='sda' bus='scsi'/>"
                + "<shareable/><alias name='ua-shared'/></disk>",
            "<controller type='scsi' index='0' model='virtio-scsi'/>"),
        Arguments.of(
            "read-only PVC disk and blockMultiQueue",
            vmi(
                TestVmis.withCpu(2),
                withPvcDisk("data", DiskBus.VIRTIO),
                withDevices(
                    d -> {
                      d.getDisks().get(0).getDisk().setReadonly(true);
                      d.setBlockMultiQueue(true);
                    })),
            Set.of(),
            "<disk type='file' device='disk'><driver name='qemu' type='raw' queues='2'/>"
                + "<source file='"
                + VOLS
                + "/data/disk.img'/><target dev='vda' bus='virtio'/>"
                + "<readonly/><alias name='ua-data'/></disk>",
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void converts(
      String name,
      VirtualMachineInstance vmi,
      Set<String> block,
      String disks,
      String controllers) {
    ConverterContext ctx = TestContexts.builderFor(vmi, block).build();

    Harness.Outcome out = Harness.run(vmi, ctx, new DiskConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(Harness.fragments("disk", out.domain().devices().disks()))
        .isEqualTo(Harness.compact(disks));
    assertThat(Harness.fragments("controller", out.domain().devices().controllers()))
        .isEqualTo(Harness.compact(controllers));
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of(
            "disk names a volume that does not exist",
            vmi(withDisk("ghost", d -> d.setDisk(bus(DiskBus.VIRTIO)))),
            List.of(
                "spec.domain.devices.disks[0].name: no volume named \"ghost\" in spec.volumes")),
        Arguments.of(
            "lun on a file, cdrom on virtio, lun on sata",
            vmi(
                withDisk("l1", d -> d.setLun(new LunTarget())),
                withVolume("l1", v -> v.setPersistentVolumeClaim(TestVmis.pvc("l1"))),
                withCdrom("cd", DiskBus.VIRTIO),
                withDisk(
                    "l2",
                    d -> {
                      d.setLun(new LunTarget());
                      d.getLun().setBus(DiskBus.SATA);
                    }),
                withVolume("l2", v -> v.setPersistentVolumeClaim(TestVmis.pvc("l2")))),
            List.of(
                "spec.domain.devices.disks[0].lun: a LUN needs a block device; volume l1 is a file",
                "spec.domain.devices.disks[1].cdrom.bus: unsupported value \"virtio\""
                    + " (supported: sata, scsi, usb)",
                "spec.domain.devices.disks[2].lun.bus: unsupported value \"sata\" (supported: scsi)",
                "spec.domain.devices.disks[2].lun: a LUN needs a block device; volume l2 is a file")),
        Arguments.of(
            "unsupported volume source, disk fields and two targets",
            vmi(
                withDisk(
                    "host",
                    d -> {
                      d.setDisk(bus(DiskBus.VIRTIO));
                      d.setCdrom(new dev.coexist.crds.kubevirt.v1.CdromTarget());
                      d.setDedicatedIOThread(true);
                      d.setIo(DiskIo.NATIVE);
                      d.setSerial("bad/serial");
                    }),
                withVolume("host", v -> v.setHostDisk(new OpenObject()))),
            List.of(
                "spec.volumes[0].hostDisk: not supported by coexist",
                "spec.domain.devices.disks[0]: set only one of disk, lun and cdrom",
                "spec.domain.devices.disks[0].dedicatedIOThread: not supported by coexist",
                "spec.domain.devices.disks[0].io: io \"native\" needs cache \"none\"",
                "spec.domain.devices.disks[0].serial: may contain only letters, digits, space and _ . + -")),
        Arguments.of(
            "volume without source, duplicate volume",
            vmi(
                withVolume("empty", v -> {}),
                withVolume("dup", v -> v.setContainerDisk(containerDisk())),
                withVolume("dup", v -> v.setContainerDisk(containerDisk()))),
            List.of(
                "spec.volumes[0]: no volume source (containerDisk, persistentVolumeClaim, ...)",
                "spec.volumes[2].name: duplicate volume name \"dup\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void reportsProblems(String name, VirtualMachineInstance vmi, List<String> expected) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new DiskConfigurator());

    assertThat(out.problems()).containsExactlyElementsOf(expected);
  }

  @org.junit.jupiter.api.Test
  void volumeTheLauncherDidNotPrepareIsUnresolved() {
    VirtualMachineInstance vmi = vmi(withContainerDisk("root"));
    ConverterContext ctx = ConverterContext.builder().build();

    Harness.Outcome out = Harness.run(vmi, ctx, new DiskConfigurator());

    assertThat(out.problems())
        .containsExactly("spec.volumes[0]: the launcher prepared no image for volume root");
  }

  @org.junit.jupiter.api.Test
  void lettersGoPastZ() {
    assertThat(List.of(0, 25, 26, 27, 701, 702).stream().map(DiskTargets::letters))
        .containsExactly("a", "z", "aa", "ab", "zz", "aaa");
  }

  private static String disk(String volume, String dev, String bus) {
    return "<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
        + "<source file='"
        + VOLS
        + "/"
        + volume
        + "/disk.img'/>"
        + "<target dev='"
        + dev
        + "' bus='"
        + bus
        + "'/><alias name='ua-"
        + volume
        + "'/></disk>";
  }
}
