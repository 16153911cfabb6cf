package dev.coexist.handler.launcher;

import dev.coexist.crds.kubevirt.v1.ContainerDiskSource;
import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.Disk;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Interface;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.Volume;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * A small VMI (one containerDisk, one interface) that the handler runs through its JSON paths once
 * at start, so the first real VMs do not pay for the model classes' introspection on a node busy
 * starting them.
 */
public final class WarmUpVmi {
  private WarmUpVmi() {}

  /** A new sample VMI named {@code warm-up/warm-up}, without status. */
  public static VirtualMachineInstance sample() {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    ObjectMeta meta = new ObjectMeta();
    meta.setName("warm-up");
    meta.setNamespace("warm-up");
    meta.setUid("00000000-0000-0000-0000-000000000000");
    meta.setResourceVersion("1");
    vmi.setMetadata(meta);
    VirtualMachineInstanceSpec spec = new VirtualMachineInstanceSpec();
    DomainSpec domain = new DomainSpec();
    Devices devices = new Devices();
    Disk disk = new Disk();
    disk.setName("warm-up");
    devices.setDisks(List.of(disk));
    Interface nic = new Interface();
    nic.setName("warm-up");
    devices.setInterfaces(List.of(nic));
    domain.setDevices(devices);
    spec.setDomain(domain);
    Volume volume = new Volume();
    volume.setName("warm-up");
    volume.setContainerDisk(new ContainerDiskSource());
    spec.setVolumes(List.of(volume));
    vmi.setSpec(spec);
    return vmi;
  }
}
