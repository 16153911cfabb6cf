package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.Volume;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converter contexts for tests: every volume of the VMI resolved the way the launcher lays them out
 * (overlays and empty disks as qcow2, seeds and config disks as read-only raw images, PVCs as
 * {@code disk.img} or, when named in {@code blockVolumes}, a block device), passt run by the
 * launcher (the mode that works with this host's libvirt).
 */
public final class TestContexts {
  public static final String SOCKET_DIR = "/var/run/kubevirt-private/testvmi";
  public static final String VOLUME_DIR = "/var/run/kubevirt-private/vmi-disks";

  private TestContexts() {}

  public static ConverterContext.Builder builderFor(
      VirtualMachineInstance vmi, Set<String> blockVolumes) {
    Map<String, ResolvedVolume> volumes = new LinkedHashMap<>();
    List<Volume> list = vmi.getSpec().getVolumes() == null ? List.of() : vmi.getSpec().getVolumes();
    for (Volume volume : list) {
      volumes.put(volume.getName(), resolve(volume, blockVolumes.contains(volume.getName())));
    }
    return ConverterContext.builder()
        .passt(ConverterContext.PasstMode.LAUNCHER)
        .volumes(volumes)
        .socketDir(SOCKET_DIR)
        .logDir("/var/log/kubevirt/testvmi")
        .stateDir("/var/lib/kubevirt/testvmi");
  }

  public static ConverterContext ctxFor(VirtualMachineInstance vmi) {
    return builderFor(vmi, Set.of()).build();
  }

  private static ResolvedVolume resolve(Volume volume, boolean block) {
    String base = VOLUME_DIR + "/" + volume.getName();
    if (block) {
      return ResolvedVolume.blockDevice("/dev/coexist/" + volume.getName());
    }
    if (volume.getContainerDisk() != null
        || volume.getEmptyDisk() != null
        || volume.getEphemeral() != null) {
      return ResolvedVolume.file(base + ".qcow2", "qcow2");
    }
    if (volume.getCloudInitNoCloud() != null || volume.getCloudInitConfigDrive() != null) {
      return ResolvedVolume.file(base + ".iso", "raw");
    }
    if (volume.getConfigMap() != null
        || volume.getSecret() != null
        || volume.getServiceAccount() != null) {
      return ResolvedVolume.file(base + ".iso", "raw").asReadOnly();
    }
    return ResolvedVolume.file(base + "/disk.img", "raw");
  }
}
