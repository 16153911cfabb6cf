package dev.coexist.operator.dv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.cdi.v1beta1.ClaimPropertySet;
import dev.coexist.crds.cdi.v1beta1.DataVolume;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimModelTest {

  @Test
  void storageGetsCdiDefaultsAndTheFilesystemOverhead() {
    PersistentVolumeClaim pvc =
        ClaimModel.desired(
            DvFixtures.httpDv(), Optional.of(DvFixtures.localPath(true)), List.of(), 0.06);
    assertThat(pvc.getMetadata().getName()).isEqualTo("disk");
    assertThat(pvc.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
    assertThat(pvc.getSpec().getVolumeMode()).isEqualTo("Filesystem");
    assertThat(pvc.getSpec().getStorageClassName()).isEqualTo("local-path");
    // 1 GiB / 0.94 = 1142287104.3 → rounded up to a whole MiB
    BigInteger bytes =
        Quantity.getAmountInBytes(pvc.getSpec().getResources().getRequests().get("storage"))
            .toBigInteger();
    assertThat(bytes).isEqualTo(BigInteger.valueOf(1090L * 1024 * 1024));
    assertThat(pvc.getSpec().getResources().getRequests().get("storage").toString())
        .isEqualTo("1090Mi");
    assertThat(pvc.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getKind()).isEqualTo("DataVolume");
              assertThat(r.getUid()).isEqualTo("dv-uid");
              assertThat(r.getController()).isTrue();
            });
    assertThat(pvc.getMetadata().getAnnotations())
        .containsEntry(ClaimModel.ANN_IMPORT_POD, "importer-disk");
  }

  @Test
  void blockVolumesAreNotInflatedAndExplicitValuesWin() {
    DataVolume dv =
        DvFixtures.dv(
            """
            apiVersion: cdi.kubevirt.io/v1beta1
            kind: DataVolume
            metadata: {name: b, namespace: ns, uid: u}
            spec:
              source: {blank: {}}
              storage:
                accessModes: [ReadWriteMany]
                volumeMode: Block
                storageClassName: fast
                resources: {requests: {storage: 1Gi}}
            """);
    PersistentVolumeClaim pvc =
        ClaimModel.desired(dv, Optional.of(DvFixtures.localPath(true)), List.of(), 0.06);
    assertThat(pvc.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
    assertThat(pvc.getSpec().getStorageClassName()).isEqualTo("fast");
    assertThat(Quantity.getAmountInBytes(pvc.getSpec().getResources().getRequests().get("storage")))
        .isEqualByComparingTo("1073741824");
  }

  @Test
  void storageWithoutModesTakesThemFromTheStorageProfile() {
    DataVolume dv =
        DvFixtures.dv(
            """
            apiVersion: cdi.kubevirt.io/v1beta1
            kind: DataVolume
            metadata: {name: s, namespace: ns, uid: u}
            spec:
              source: {blank: {}}
              storage:
                resources: {requests: {storage: 1Gi}}
            """);
    ClaimPropertySet rwxBlock = new ClaimPropertySet();
    rwxBlock.setAccessModes(List.of("ReadWriteMany"));
    rwxBlock.setVolumeMode("Block");
    PersistentVolumeClaim pvc =
        ClaimModel.desired(dv, Optional.of(DvFixtures.localPath(true)), List.of(rwxBlock), 0.06);
    assertThat(pvc.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
    assertThat(pvc.getSpec().getVolumeMode()).isEqualTo("Block");
    // Block: no filesystem overhead.
    assertThat(Quantity.getAmountInBytes(pvc.getSpec().getResources().getRequests().get("storage")))
        .isEqualByComparingTo("1073741824");
  }

  @Test
  void pvcSpecIsUsedAsIs() {
    DataVolume dv =
        DvFixtures.dv(
            """
            apiVersion: cdi.kubevirt.io/v1beta1
            kind: DataVolume
            metadata: {name: p, namespace: ns, uid: u}
            spec:
              source: {blank: {}}
              pvc:
                accessModes: [ReadWriteOnce]
                resources: {requests: {storage: 500Mi}}
            """);
    PersistentVolumeClaim pvc = ClaimModel.desired(dv, Optional.empty(), List.of(), 0.06);
    assertThat(pvc.getSpec().getStorageClassName()).isNull();
    assertThat(pvc.getSpec().getResources().getRequests())
        .containsEntry("storage", new Quantity("500Mi"));
  }

  @Test
  void missingTargetAndSizeNameTheField() {
    DataVolume none =
        DvFixtures.dv(
            """
            apiVersion: cdi.kubevirt.io/v1beta1
            kind: DataVolume
            metadata: {name: p, namespace: ns, uid: u}
            spec: {source: {blank: {}}}
            """);
    assertThatThrownBy(() -> ClaimModel.desired(none, Optional.empty(), List.of(), 0.06))
        .hasMessage("spec: one of spec.pvc or spec.storage is required");
    DataVolume noSize =
        DvFixtures.dv(
            """
            apiVersion: cdi.kubevirt.io/v1beta1
            kind: DataVolume
            metadata: {name: p, namespace: ns, uid: u}
            spec: {source: {blank: {}}, storage: {}}
            """);
    assertThatThrownBy(() -> ClaimModel.desired(noSize, Optional.empty(), List.of(), 0.06))
        .hasMessage("spec.storage.resources.requests.storage: required");
  }

  @Test
  void defaultVirtClassWinsOverTheClusterDefault() {
    var plain = DvFixtures.localPath(true);
    var virt = DvFixtures.localPath(false);
    virt.getMetadata().setName("virt");
    virt.getMetadata()
        .setAnnotations(Map.of("storageclass.kubevirt.io/is-default-virt-class", "true"));
    assertThat(ClaimModel.defaultClass(List.of(plain, virt)))
        .hasValueSatisfying(c -> assertThat(c.getMetadata().getName()).isEqualTo("virt"));
    assertThat(ClaimModel.defaultClass(List.of(plain)))
        .hasValueSatisfying(c -> assertThat(c.getMetadata().getName()).isEqualTo("local-path"));
    assertThat(ClaimModel.defaultClass(List.of(DvFixtures.localPath(false)))).isEmpty();
  }

  @Test
  void waitForFirstConsumerUnlessBoundPlacedImmediateOrOwnedByAVm() {
    var sc = Optional.of(DvFixtures.localPath(true));
    DataVolume dv = DvFixtures.httpDv();
    assertThat(ClaimModel.waitsForConsumer(dv, DvFixtures.pvc("Pending"), sc)).isTrue();
    assertThat(ClaimModel.waitsForConsumer(dv, DvFixtures.pvc("Bound"), sc)).isFalse();
    PersistentVolumeClaim placed = DvFixtures.pvc("Pending");
    placed.getMetadata().setAnnotations(Map.of(ClaimModel.ANN_SELECTED_NODE, "coexist-node"));
    assertThat(ClaimModel.waitsForConsumer(dv, placed, sc)).isFalse();

    DataVolume immediate = DvFixtures.httpDv();
    immediate
        .getMetadata()
        .setAnnotations(Map.of("cdi.kubevirt.io/storage.bind.immediate.requested", "true"));
    assertThat(ClaimModel.waitsForConsumer(immediate, DvFixtures.pvc("Pending"), sc)).isFalse();

    DataVolume ofVm = DvFixtures.httpDv();
    ofVm.getMetadata()
        .setOwnerReferences(
            List.of(
                new OwnerReferenceBuilder()
                    .withApiVersion("kubevirt.io/v1")
                    .withKind("VirtualMachine")
                    .withName("vm")
                    .withUid("vm-uid")
                    .build()));
    assertThat(ClaimModel.waitsForConsumer(ofVm, DvFixtures.pvc("Pending"), sc)).isFalse();

    assertThat(ClaimModel.waitsForConsumer(dv, DvFixtures.pvc("Pending"), sc, true))
        .as("a VM mounts it: the importer is the first consumer")
        .isFalse();

    var immediateClass = DvFixtures.localPath(true);
    immediateClass.setVolumeBindingMode("Immediate");
    assertThat(
            ClaimModel.waitsForConsumer(dv, DvFixtures.pvc("Pending"), Optional.of(immediateClass)))
        .isFalse();
  }

  @Test
  void inflateRoundsUpToMib() {
    assertThat(ClaimModel.inflate(BigInteger.valueOf(1024L * 1024), 0.0))
        .isEqualTo(BigInteger.valueOf(1024L * 1024));
    assertThat(ClaimModel.inflate(BigInteger.valueOf(1024L * 1024), 0.06))
        .isEqualTo(BigInteger.valueOf(2L * 1024 * 1024));
  }
}
