package dev.coexist.operator.subresources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.coexist.crds.kubevirt.v1.RunStrategy;
import dev.coexist.crds.kubevirt.v1.StateChangeAction;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link VmStore} does: the fake in a *Test, the API server in an *IT. */
abstract class AbstractVmStoreContract {
  /** The store under test. */
  abstract VmStore store();

  /** The namespace objects are created in. */
  abstract String namespace();

  /** Creates a VM in the store's backend. */
  abstract void create(VirtualMachine vm);

  VirtualMachine vm(String name, RunStrategy rs) {
    VirtualMachine vm =
        Serialization.unmarshal(
            getClass().getResourceAsStream("/subresources/vm.yaml"), VirtualMachine.class);
    vm.getMetadata().setName(name);
    vm.getMetadata().setNamespace(namespace());
    vm.getSpec().setRunStrategy(rs);
    return vm;
  }

  @Test
  void missingObjectsAreEmpty() {
    assertThat(store().vm(namespace(), "absent")).isEmpty();
    Optional<VirtualMachineInstance> vmi = store().vmi(namespace(), "absent");
    assertThat(vmi).isEmpty();
  }

  @Test
  void specPatchWithMatchingTestApplies() {
    create(vm("c1", RunStrategy.HALTED));
    store()
        .patch(
            VmStore.Target.VM,
            namespace(),
            "c1",
            Lifecycle.runningPatch(store().vm(namespace(), "c1").orElseThrow(), true),
            false);
    assertThat(store().vm(namespace(), "c1").orElseThrow().getSpec().getRunStrategy())
        .isEqualTo(RunStrategy.ALWAYS);
  }

  @Test
  void staleTestConflicts() {
    create(vm("c2", RunStrategy.ALWAYS));
    List<PatchOp> stale =
        List.of(
            PatchOp.test("/spec/runStrategy", TextNode.valueOf("Halted")),
            PatchOp.replace("/spec/runStrategy", TextNode.valueOf("Always")));
    assertThatThrownBy(() -> store().patch(VmStore.Target.VM, namespace(), "c2", stale, false))
        .isInstanceOf(VmStore.PatchConflictException.class);
  }

  @Test
  void dryRunPersistsNothingAndStatusPatchLandsInStatus() {
    create(vm("c3", RunStrategy.MANUAL));
    VirtualMachine vm = store().vm(namespace(), "c3").orElseThrow();
    LifecyclePlan plan = Lifecycle.start(vm, Optional.empty(), LifecycleOptions.Start.NONE);
    store().patch(VmStore.Target.VM_STATUS, namespace(), "c3", plan.statusPatch(), true);
    VirtualMachine after = store().vm(namespace(), "c3").orElseThrow();
    assertThat(after.getStatus() == null || after.getStatus().getStateChangeRequests() == null)
        .isTrue();
    store().patch(VmStore.Target.VM_STATUS, namespace(), "c3", plan.statusPatch(), false);
    assertThat(store().vm(namespace(), "c3").orElseThrow().getStatus().getStateChangeRequests())
        .extracting(r -> r.getAction())
        .containsExactly(StateChangeAction.START);
  }
}
