package dev.coexist.operator.vm.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.model.ApiObjects;
import dev.coexist.operator.Fixtures;
import org.junit.jupiter.api.Test;

class VirtualMachineInstanceModelTest {

  @Test
  void theVmiIsNamedAndOwnedByTheVmAndCarriesTheWholeTemplate() {
    VirtualMachine vm = Fixtures.vm();
    vm.getSpec().getTemplate().getSpec().setAdditionalProperty("futureField", "kept");
    VirtualMachineInstance vmi = VirtualMachineInstanceModel.from(vm);

    assertThat(vmi.getMetadata().getName()).isEqualTo("vm1");
    assertThat(vmi.getMetadata().getNamespace()).isEqualTo("ns1");
    assertThat(vmi.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo("VirtualMachine");
              assertThat(o.getUid()).isEqualTo("vm-uid-1");
              assertThat(o.getController()).isTrue();
              assertThat(o.getBlockOwnerDeletion()).isTrue();
            });
    assertThat(vmi.getMetadata().getLabels())
        .containsEntry("app", "demo")
        .containsEntry("vm.kubevirt.io/name", "vm1");
    assertThat(vmi.getMetadata().getAnnotations())
        .containsEntry("a", "b")
        .containsEntry("kubevirt.io/vm-generation", "1");
    assertThat(vmi.getMetadata().getFinalizers())
        .containsExactly("kubevirt.io/foregroundDeleteVirtualMachine");
    assertThat(ApiObjects.toTree(vmi.getSpec()))
        .isEqualTo(ApiObjects.toTree(vm.getSpec().getTemplate().getSpec()));
    assertThat(ApiObjects.toTree(vmi.getSpec()).at("/domain/devices/tpm").isObject()).isTrue();
    assertThat(ApiObjects.toTree(vmi.getSpec()).get("futureField").asText()).isEqualTo("kept");
    assertThat(VirtualMachineInstanceModel.isControlledBy(vmi, vm)).isTrue();
    assertThat(VirtualMachineInstanceModel.vmGenerationOf(vmi)).contains(1L);
  }

  @Test
  void theCopyIsIndependentOfTheVm() {
    VirtualMachine vm = Fixtures.vm();
    VirtualMachineInstance vmi = VirtualMachineInstanceModel.from(vm);
    vmi.getSpec().getDomain().getCpu().setCores(8);
    assertThat(vm.getSpec().getTemplate().getSpec().getDomain().getCpu().getCores()).isEqualTo(1);
  }
}
