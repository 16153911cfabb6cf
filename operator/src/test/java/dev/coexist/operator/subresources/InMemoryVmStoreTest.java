package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachine;

/** The contract on the in-memory fake. */
class InMemoryVmStoreTest extends AbstractVmStoreContract {
  final InMemoryVmStore store = new InMemoryVmStore();

  @Override
  VmStore store() {
    return store;
  }

  @Override
  String namespace() {
    return "ns";
  }

  @Override
  void create(VirtualMachine vm) {
    store.put(vm);
  }
}
