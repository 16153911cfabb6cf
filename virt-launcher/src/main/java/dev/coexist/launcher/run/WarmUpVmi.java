package dev.coexist.launcher.run;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Memory;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;

/** The VMI the launcher warms up with: no volumes, no network, so converting it writes nothing. */
final class WarmUpVmi {
  private WarmUpVmi() {}

  static VirtualMachineInstance sample() {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    ObjectMeta meta = new ObjectMeta();
    meta.setName("warm-up");
    meta.setNamespace("warm-up");
    meta.setUid("00000000-0000-0000-0000-00000000a4a4");
    vmi.setMetadata(meta);
    Memory memory = new Memory();
    memory.setGuest(new Quantity("32Mi"));
    Devices devices = new Devices();
    devices.setAutoattachPodInterface(false);
    devices.setDisks(List.of());
    DomainSpec domain = new DomainSpec();
    domain.setMemory(memory);
    domain.setDevices(devices);
    VirtualMachineInstanceSpec spec = new VirtualMachineInstanceSpec();
    spec.setDomain(domain);
    vmi.setSpec(spec);
    return vmi;
  }
}
