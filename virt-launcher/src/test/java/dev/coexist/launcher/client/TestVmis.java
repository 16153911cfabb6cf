package dev.coexist.launcher.client;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;

/** VMIs for client tests. */
final class TestVmis {
  private TestVmis() {}

  /** An (otherwise empty) VMI named ns/name. */
  static VirtualMachineInstance vmi(String namespace, String name) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    ObjectMeta m = new ObjectMeta();
    m.setName(name);
    m.setNamespace(namespace);
    m.setUid("00000000-0000-0000-0000-000000000001");
    vmi.setMetadata(m);
    vmi.setSpec(new VirtualMachineInstanceSpec());
    return vmi;
  }
}
