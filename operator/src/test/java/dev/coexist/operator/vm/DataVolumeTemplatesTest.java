package dev.coexist.operator.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.operator.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataVolumeTemplatesTest {

  private static final String VM =
      """
      apiVersion: kubevirt.io/v1
      kind: VirtualMachine
      metadata: {name: vm1, namespace: ns1, uid: vm-uid}
      spec:
        runStrategy: Always
        dataVolumeTemplates:
        - metadata: {name: vm1-root, labels: {l: v}, annotations: {a: b}}
          spec:
            source: {http: {url: "http://10.88.0.1:1/d.qcow2.xz"}}
            storage: {resources: {requests: {storage: 1Gi}}}
        template:
          spec:
            domain:
              devices: {disks: [{name: root, disk: {bus: virtio}}]}
            volumes:
            - {name: root, dataVolume: {name: vm1-root}}
            - {name: other, dataVolume: {name: shared-dv}}
      """;

  @Test
  void templatesBecomeDataVolumesNamedAsTheTemplateAndControlledByTheVm() {
    VirtualMachine vm = Fixtures.parse(VM, VirtualMachine.class);
    List<DataVolume> dvs = DataVolumeTemplates.desired(vm);
    assertThat(dvs).hasSize(1);
    DataVolume dv = dvs.get(0);
    assertThat(dv.getMetadata().getName()).isEqualTo("vm1-root");
    assertThat(dv.getMetadata().getNamespace()).isEqualTo("ns1");
    assertThat(dv.getMetadata().getLabels()).containsEntry("l", "v");
    assertThat(dv.getMetadata().getAnnotations()).containsEntry("a", "b");
    assertThat(dv.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getKind()).isEqualTo("VirtualMachine");
              assertThat(r.getUid()).isEqualTo("vm-uid");
              assertThat(r.getController()).isTrue();
            });
    assertThat(dv.getSpec().getSource().getHttp().getUrl())
        .isEqualTo("http://10.88.0.1:1/d.qcow2.xz");
    assertThat(DataVolumeTemplates.referenced(vm)).containsExactly("vm1-root", "shared-dv");
    assertThat(DataVolumeTemplates.related(vm)).containsExactly("vm1-root", "shared-dv");
  }

  @Test
  void aTemplateWithoutNameIsRejectedNamingTheField() {
    VirtualMachine vm = Fixtures.parse(VM, VirtualMachine.class);
    vm.getSpec().getDataVolumeTemplates().get(0).getMetadata().setName(null);
    assertThatThrownBy(() -> DataVolumeTemplates.desired(vm))
        .hasMessage("spec.dataVolumeTemplates[0].metadata.name: required");
  }

  @Test
  void startWaitsForEveryExistingDataVolumeToSucceed() {
    RunDecision start = RunDecision.start("runStrategy Always");
    assertThat(
            DataVolumeTemplates.gate(start, Map.of("vm1-root", DataVolumePhase.IMPORT_IN_PROGRESS))
                .action())
        .isEqualTo(RunDecision.Action.NONE);
    assertThat(DataVolumeTemplates.gate(start, Map.of("vm1-root", DataVolumePhase.FAILED)).why())
        .contains("vm1-root (Failed)");
    assertThat(DataVolumeTemplates.gate(start, Map.of("vm1-root", DataVolumePhase.SUCCEEDED)))
        .isEqualTo(start);
    assertThat(DataVolumeTemplates.gate(start, Map.of())).isEqualTo(start);
    RunDecision stop = RunDecision.stop("halted");
    assertThat(DataVolumeTemplates.gate(stop, Map.of("x", DataVolumePhase.PENDING)))
        .isEqualTo(stop);
  }

  @Test
  void immediateCreationUnlessTheVmOptsOut() {
    VirtualMachine vm = Fixtures.parse(VM, VirtualMachine.class);
    assertThat(DataVolumeTemplates.createNow(vm, false)).isTrue();
    vm.getMetadata().setAnnotations(Map.of("kubevirt.io/immediate-data-volume-creation", "false"));
    assertThat(DataVolumeTemplates.createNow(vm, false)).isFalse();
    assertThat(DataVolumeTemplates.createNow(vm, true)).isTrue();
  }
}
