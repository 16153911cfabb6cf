package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.CdromTarget;
import dev.coexist.crds.kubevirt.v1.Disk;
import dev.coexist.crds.kubevirt.v1.DiskBus;
import dev.coexist.crds.kubevirt.v1.DiskTarget;
import dev.coexist.crds.kubevirt.v1.LunTarget;
import java.util.List;

/** How a VMI disk attaches: device kind, bus (with KubeVirt's defaults), read-only, tray. */
final class DiskTargets {
  private static final List<String> TRAYS = List.of("open", "closed");

  private DiskTargets() {}

  /** The attachment of one disk. */
  record Target(String device, DiskBus bus, boolean readOnly, String tray) {}

  static Target of(Disk disk, String field, Problems problems) {
    int kinds =
        (disk.getDisk() != null ? 1 : 0)
            + (disk.getLun() != null ? 1 : 0)
            + (disk.getCdrom() != null ? 1 : 0);
    if (kinds > 1) {
      problems.invalid(field, "set only one of disk, lun and cdrom");
    }
    if (disk.getLun() != null) {
      return lun(disk.getLun(), field + ".lun", problems);
    }
    if (disk.getCdrom() != null) {
      return cdrom(disk.getCdrom(), field + ".cdrom", problems);
    }
    DiskTarget target = disk.getDisk() == null ? new DiskTarget() : disk.getDisk();
    String path = field + ".disk";
    problems.rejectUnknownFields(path, target);
    if (target.getPciAddress() != null) {
      problems.unsupported(path + ".pciAddress");
    }
    DiskBus bus = target.getBus() == null ? DiskBus.VIRTIO : target.getBus();
    return new Target("disk", bus, VmiParts.flag(target.getReadonly(), false), null);
  }

  private static Target lun(LunTarget lun, String path, Problems problems) {
    problems.rejectUnknownFields(path, lun);
    if (Boolean.TRUE.equals(lun.getReservation())) {
      problems.unsupported(path + ".reservation");
    }
    DiskBus bus = lun.getBus() == null ? DiskBus.SCSI : lun.getBus();
    if (bus != DiskBus.SCSI) {
      problems.unsupportedValue(path + ".bus", bus.value(), List.of("scsi"));
      bus = DiskBus.SCSI;
    }
    return new Target("lun", bus, VmiParts.flag(lun.getReadonly(), false), null);
  }

  private static Target cdrom(CdromTarget cdrom, String path, Problems problems) {
    problems.rejectUnknownFields(path, cdrom);
    DiskBus bus = cdrom.getBus() == null ? DiskBus.SATA : cdrom.getBus();
    if (bus == DiskBus.VIRTIO) {
      problems.unsupportedValue(path + ".bus", bus.value(), List.of("sata", "scsi", "usb"));
      bus = DiskBus.SATA;
    }
    String tray = cdrom.getTray();
    if (tray != null && !TRAYS.contains(tray)) {
      problems.unsupportedValue(path + ".tray", tray, TRAYS);
      tray = null;
    }
    return new Target("cdrom", bus, VmiParts.flag(cdrom.getReadonly(), true), tray);
  }

  /** Disk letters: 0 is {@code a}, 25 is {@code z}, 26 is {@code aa} (as libvirt names them). */
  static String letters(int index) {
    StringBuilder out = new StringBuilder();
    int n = index;
    do {
      out.insert(0, (char) ('a' + n % 26));
      n = n / 26 - 1;
    } while (n >= 0);
    return out.toString();
  }
}
