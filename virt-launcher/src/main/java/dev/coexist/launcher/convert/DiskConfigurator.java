package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.Disk;
import dev.coexist.crds.kubevirt.v1.DiskBus;
import dev.coexist.crds.kubevirt.v1.DiskCache;
import dev.coexist.crds.kubevirt.v1.DiskIo;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.Volume;
import dev.coexist.launcher.domain.BootOrder;
import dev.coexist.launcher.domain.Controller;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.Flag;
import dev.coexist.launcher.domain.Interface;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Disks, CD-ROMs and LUNs on virtio, SATA, SCSI (virtio-scsi) or USB, each backed by the image the
 * launcher prepared for the volume of the same name. Guest device names follow KubeVirt: {@code
 * vdX} on virtio, {@code sdX} on the other buses, lettered in disk order.
 */
final class DiskConfigurator implements DomainConfigurator {
  private static final String DISKS = VmiParts.DEVICES + ".disks";
  private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9_.+\\- ]+");

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    List<Volume> volumes =
        VmiParts.list(VmiParts.spec(vmi).map(VirtualMachineInstanceSpec::getVolumes).orElse(null));
    Map<String, Integer> volumeIndex = new VolumeChecks().check(volumes, problems);
    List<Disk> disks = VmiParts.list(VmiParts.devices(vmi).map(Devices::getDisks).orElse(null));
    int queues =
        VmiParts.devices(vmi).map(Devices::getBlockMultiQueue).orElse(false)
            ? CpuTopology.of(vmi, null).vcpus()
            : 0;
    Map<String, Integer> letters = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < disks.size(); i++) {
      Disk disk = disks.get(i);
      String field = DISKS + "[" + i + "]";
      if (disk.getName() == null || !seen.add(disk.getName())) {
        problems.invalid(field + ".name", disk.getName() == null ? "required" : "duplicate name");
        continue;
      }
      DiskTargets.Target target = DiskTargets.of(disk, field, problems);
      String prefix = target.bus() == DiskBus.VIRTIO ? "vd" : "sd";
      int letter = letters.merge(prefix, 1, Integer::sum) - 1;
      ResolvedVolume volume = resolve(disk.getName(), field, volumeIndex, ctx, problems);
      if (volume == null) {
        continue;
      }
      if (target.device().equals("lun") && !volume.block()) {
        problems.invalid(
            field + ".lun", "a LUN needs a block device; volume " + disk.getName() + " is a file");
      }
      domain.addDisk(
          disk(
              disk, target, prefix + DiskTargets.letters(letter), volume, queues, field, problems));
      if (target.bus() == DiskBus.SCSI) {
        domain.ensureController(new Controller("scsi", 0, "virtio-scsi"));
      }
    }
  }

  private static ResolvedVolume resolve(
      String name,
      String field,
      Map<String, Integer> volumeIndex,
      ConverterContext ctx,
      Problems problems) {
    Integer index = volumeIndex.get(name);
    if (index == null) {
      problems.invalid(field + ".name", "no volume named \"" + name + "\" in spec.volumes");
      return null;
    }
    ResolvedVolume volume = ctx.volume(name).orElse(null);
    if (volume == null) {
      problems.unresolved(
          "spec.volumes[" + index + "]", "the launcher prepared no image for volume " + name);
    }
    return volume;
  }

  private static dev.coexist.launcher.domain.Disk disk(
      Disk disk,
      DiskTargets.Target target,
      String targetDev,
      ResolvedVolume volume,
      int queues,
      String field,
      Problems problems) {
    problems.rejectUnknownFields(field, disk);
    if (Boolean.TRUE.equals(disk.getDedicatedIOThread())) {
      problems.unsupported(field + ".dedicatedIOThread");
    }
    if (disk.getBlockSize() != null) {
      problems.unsupported(field + ".blockSize");
    }
    DiskCache cache = disk.getCache();
    DiskIo io = disk.getIo() == DiskIo.DEFAULT ? null : disk.getIo();
    if (io == DiskIo.NATIVE && cache != DiskCache.NONE) {
      problems.invalid(field + ".io", "io \"native\" needs cache \"none\"");
    }
    if (disk.getSerial() != null && !SERIAL.matcher(disk.getSerial()).matches()) {
      problems.invalid(field + ".serial", "may contain only letters, digits, space and _ . + -");
    }
    Integer bootOrder = disk.getBootOrder();
    if (bootOrder != null && bootOrder < 1) {
      problems.invalid(field + ".bootOrder", "must be at least 1, got " + bootOrder);
    }
    boolean readOnly = target.readOnly() || volume.readOnly();
    return new dev.coexist.launcher.domain.Disk(
        volume.block() ? "block" : "file",
        target.device(),
        new dev.coexist.launcher.domain.Disk.Driver(
            "qemu",
            volume.format(),
            cache == null ? null : cache.value(),
            disk.getErrorPolicy() == null ? null : disk.getErrorPolicy().value(),
            io == null ? null : io.value(),
            queues > 0 && target.bus() == DiskBus.VIRTIO ? queues : null),
        volume.block()
            ? dev.coexist.launcher.domain.Disk.Source.dev(volume.path())
            : dev.coexist.launcher.domain.Disk.Source.file(volume.path()),
        new dev.coexist.launcher.domain.Disk.Target(targetDev, target.bus().value(), target.tray()),
        bootOrder == null ? null : new BootOrder(bootOrder),
        readOnly ? Flag.ON : null,
        Boolean.TRUE.equals(disk.getShareable()) ? Flag.ON : null,
        disk.getSerial(),
        new Interface.Alias("ua-" + disk.getName()));
  }
}
