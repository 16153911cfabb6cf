package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceStatus;
import dev.coexist.crds.kubevirt.v1.VirtualMachineSpec;
import dev.coexist.crds.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.List;

/** Small VM/VMI fixtures. */
final class TestObjects {
  private TestObjects() {}

  static VirtualMachine vm(String name, RunStrategy rs) {
    VirtualMachine vm = new VirtualMachine();
    vm.setMetadata(
        new ObjectMetaBuilder().withName(name).withNamespace("ns").withUid("vm-uid").build());
    VirtualMachineSpec spec = new VirtualMachineSpec();
    spec.setRunStrategy(rs);
    vm.setSpec(spec);
    return vm;
  }

  static VirtualMachineInstance vmi(
      String name, VirtualMachineInstancePhase phase, String... trueConditions) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(
        new ObjectMetaBuilder().withName(name).withNamespace("ns").withUid("vmi-uid").build());
    vmi.setSpec(new VirtualMachineInstanceSpec());
    VirtualMachineInstanceStatus st = new VirtualMachineInstanceStatus();
    st.setPhase(phase);
    st.setNodeName("node-a");
    if (trueConditions.length > 0) {
      List<Condition> cs = new ArrayList<>();
      for (String t : trueConditions) {
        Condition c = new Condition();
        c.setType(t);
        c.setStatus("True");
        cs.add(c);
      }
      st.setConditions(cs);
    }
    vmi.setStatus(st);
    return vmi;
  }
}
