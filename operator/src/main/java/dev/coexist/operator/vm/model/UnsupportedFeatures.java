package dev.coexist.operator.vm.model;

import dev.coexist.crds.kubevirt.v1.Cpu;
import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Interface;
import dev.coexist.crds.kubevirt.v1.Memory;
import dev.coexist.crds.kubevirt.v1.Network;
import dev.coexist.crds.kubevirt.v1.Probe;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.Volume;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Valid KubeVirt features coexist cannot run (yet), found in a VMI spec: a VM using one is not
 * started and names them in its Failure condition (the launcher's list, docs/launcher.md, for the
 * features users meet most; the launcher reports the rest). The fields stay in the VM's spec.
 */
public final class UnsupportedFeatures {

  private UnsupportedFeatures() {}

  /**
   * The field paths (relative to {@code prefix}) of unsupported features, in spec order; empty when
   * the spec can run.
   */
  public static List<String> of(VirtualMachineInstanceSpec spec, String prefix) {
    List<String> out = new ArrayList<>();
    if (spec == null) {
      return out;
    }
    Optional<DomainSpec> domain = Optional.ofNullable(spec.getDomain());
    domain.map(DomainSpec::getCpu).ifPresent(cpu -> cpu(cpu, prefix + ".domain.cpu", out));
    domain
        .map(DomainSpec::getMemory)
        .map(Memory::getHugepages)
        .ifPresent(h -> out.add(prefix + ".domain.memory.hugepages"));
    domain
        .map(DomainSpec::getLaunchSecurity)
        .ifPresent(l -> out.add(prefix + ".domain.launchSecurity"));
    domain.map(DomainSpec::getDevices).ifPresent(d -> devices(d, prefix + ".domain.devices", out));
    List<Network> networks = Optional.ofNullable(spec.getNetworks()).orElse(List.of());
    for (int i = 0; i < networks.size(); i++) {
      if (networks.get(i).getMultus() != null) {
        out.add(prefix + ".networks[" + i + "].multus");
      }
    }
    probe(spec.getReadinessProbe(), prefix + ".readinessProbe", out);
    probe(spec.getLivenessProbe(), prefix + ".livenessProbe", out);
    List<Volume> volumes = Optional.ofNullable(spec.getVolumes()).orElse(List.of());
    for (int i = 0; i < volumes.size(); i++) {
      volume(volumes.get(i), prefix + ".volumes[" + i + "]", out);
    }
    return out;
  }

  /** exec and guestAgentPing probes run through the guest agent, which coexist does not have. */
  private static void probe(Probe probe, String path, List<String> out) {
    if (probe == null) {
      return;
    }
    if (probe.getExec() != null) {
      out.add(path + ".exec");
    }
    if (probe.getGuestAgentPing() != null) {
      out.add(path + ".guestAgentPing");
    }
  }

  private static void cpu(Cpu cpu, String path, List<String> out) {
    if (Boolean.TRUE.equals(cpu.getDedicatedCpuPlacement())) {
      out.add(path + ".dedicatedCpuPlacement");
    }
    if (cpu.getRealtime() != null) {
      out.add(path + ".realtime");
    }
    if (cpu.getNuma() != null) {
      out.add(path + ".numa");
    }
    if (Boolean.TRUE.equals(cpu.getIsolateEmulatorThread())) {
      out.add(path + ".isolateEmulatorThread");
    }
  }

  private static void devices(Devices d, String path, List<String> out) {
    if (d.getTpm() != null) {
      out.add(path + ".tpm");
    }
    if (d.getSound() != null) {
      out.add(path + ".sound");
    }
    if (d.getClientPassthrough() != null) {
      out.add(path + ".clientPassthrough");
    }
    if (d.getDownwardMetrics() != null) {
      out.add(path + ".downwardMetrics");
    }
    nonEmpty(d.getGpus(), path + ".gpus", out);
    nonEmpty(d.getHostDevices(), path + ".hostDevices", out);
    nonEmpty(d.getFilesystems(), path + ".filesystems", out);
    List<Interface> ifaces = Optional.ofNullable(d.getInterfaces()).orElse(List.of());
    for (int i = 0; i < ifaces.size(); i++) {
      Interface iface = ifaces.get(i);
      String p = path + ".interfaces[" + i + "]";
      if (iface.getSriov() != null) {
        out.add(p + ".sriov");
      }
      if (iface.getMacvtap() != null) {
        out.add(p + ".macvtap");
      }
      if (iface.getSlirp() != null) {
        out.add(p + ".slirp");
      }
    }
  }

  private static void volume(Volume v, String path, List<String> out) {
    if (v.getHostDisk() != null) {
      out.add(path + ".hostDisk");
    }
    if (v.getDownwardAPI() != null) {
      out.add(path + ".downwardAPI");
    }
    if (v.getSysprep() != null) {
      out.add(path + ".sysprep");
    }
    if (v.getDownwardMetrics() != null) {
      out.add(path + ".downwardMetrics");
    }
    if (v.getMemoryDump() != null) {
      out.add(path + ".memoryDump");
    }
    if (v.getContainerPath() != null) {
      out.add(path + ".containerPath");
    }
    if (v.getPersistentVolumeClaim() != null
        && Boolean.TRUE.equals(v.getPersistentVolumeClaim().getHotpluggable())) {
      out.add(path + ".persistentVolumeClaim.hotpluggable");
    }
    if (v.getDataVolume() != null && Boolean.TRUE.equals(v.getDataVolume().getHotpluggable())) {
      out.add(path + ".dataVolume.hotpluggable");
    }
  }

  private static void nonEmpty(Collection<?> c, String path, List<String> out) {
    if (c != null && !c.isEmpty()) {
      out.add(path);
    }
  }
}
