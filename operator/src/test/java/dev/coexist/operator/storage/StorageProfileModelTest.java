package dev.coexist.operator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.cdi.v1beta1.ClaimPropertySet;
import dev.coexist.crds.cdi.v1beta1.StorageProfile;
import dev.coexist.crds.cdi.v1beta1.StorageProfileSpec;
import dev.coexist.crds.cdi.v1beta1.StorageProfileStatus;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StorageProfileModelTest {

  private static StorageClass sc(String name, String provisioner) {
    return new StorageClassBuilder()
        .withNewMetadata()
        .withName(name)
        .withUid("uid-" + name)
        .endMetadata()
        .withProvisioner(provisioner)
        .build();
  }

  private static ClaimPropertySet set(String volumeMode, String... accessModes) {
    ClaimPropertySet s = new ClaimPropertySet();
    s.setAccessModes(Arrays.asList(accessModes));
    s.setVolumeMode(volumeMode);
    return s;
  }

  @Test
  void newProfileHasTheClassNameAndIsOwnedByIt() {
    StorageProfile p = StorageProfileModel.newProfile(sc("local-path", "rancher.io/local-path"));
    assertThat(p.getMetadata().getName()).isEqualTo("local-path");
    assertThat(p.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo("StorageClass");
              assertThat(o.getApiVersion()).isEqualTo("storage.k8s.io/v1");
              assertThat(o.getUid()).isEqualTo("uid-local-path");
            });
    assertThat(p.getSpec()).isEqualTo(new StorageProfileSpec());
  }

  @Test
  void statusOfAKnownProvisionerListsItsModes() {
    StorageProfileStatus st =
        StorageProfileModel.status(sc("ceph", "rook-ceph.rbd.csi.ceph.com"), null);
    assertThat(st.getStorageClass()).isEqualTo("ceph");
    assertThat(st.getProvisioner()).isEqualTo("rook-ceph.rbd.csi.ceph.com");
    assertThat(st.getClaimPropertySets())
        .containsExactly(
            set("Block", "ReadWriteMany"),
            set("Block", "ReadWriteOnce"),
            set("Filesystem", "ReadWriteOnce"));
    assertThat(st.getCloneStrategy()).isEqualTo("copy");
    assertThat(st.getDataImportCronSourceFormat()).isEqualTo("pvc");
  }

  @Test
  void statusOfAnUnknownProvisionerHasNoModesUntilTheSpecSetsThem() {
    StorageClass sc = sc("mine", "example.com/mine");
    assertThat(StorageProfileModel.status(sc, new StorageProfileSpec()).getClaimPropertySets())
        .isEmpty();
    StorageProfileSpec spec = new StorageProfileSpec();
    spec.setClaimPropertySets(List.of(set("Block", "ReadWriteMany")));
    spec.setCloneStrategy("snapshot");
    StorageProfileStatus st = StorageProfileModel.status(sc, spec);
    assertThat(st.getClaimPropertySets()).containsExactly(set("Block", "ReadWriteMany"));
    assertThat(st.getCloneStrategy()).isEqualTo("snapshot");
  }

  @Test
  void theSpecReplacesTheKnownModes() {
    StorageProfileSpec spec = new StorageProfileSpec();
    spec.setClaimPropertySets(List.of(set("Filesystem", "ReadWriteMany")));
    assertThat(
            StorageProfileModel.status(sc("lp", "rancher.io/local-path"), spec)
                .getClaimPropertySets())
        .containsExactly(set("Filesystem", "ReadWriteMany"));
  }

  static Stream<Arguments> resolutions() {
    List<ClaimPropertySet> ceph =
        List.of(
            set("Block", "ReadWriteMany"),
            set("Block", "ReadWriteOnce"),
            set("Filesystem", "ReadWriteOnce"));
    return Stream.of(
        // DataVolume sets nothing: the profile's first set.
        Arguments.of(null, null, ceph, List.of("ReadWriteMany"), "Block"),
        // Volume mode set: the first set of that mode.
        Arguments.of(null, "Filesystem", ceph, List.of("ReadWriteOnce"), "Filesystem"),
        // Access modes set: the first set that has them.
        Arguments.of(List.of("ReadWriteOnce"), null, ceph, List.of("ReadWriteOnce"), "Block"),
        // Both set: as set, whatever the profile says.
        Arguments.of(
            List.of("ReadWriteMany"), "Filesystem", ceph, List.of("ReadWriteMany"), "Filesystem"),
        // Nothing in the profile agrees: what is set, else the defaults.
        Arguments.of(List.of("ReadOnlyMany"), null, ceph, List.of("ReadOnlyMany"), "Filesystem"),
        // No profile (unknown provisioner): ReadWriteOnce / Filesystem.
        Arguments.of(null, null, List.of(), List.of("ReadWriteOnce"), "Filesystem"),
        Arguments.of(null, "Block", List.of(), List.of("ReadWriteOnce"), "Block"));
  }

  @ParameterizedTest
  @MethodSource("resolutions")
  void resolvesMissingModesFromTheProfile(
      List<String> accessModes,
      String volumeMode,
      List<ClaimPropertySet> sets,
      List<String> wantModes,
      String wantVolumeMode) {
    ClaimPropertySet got = StorageProfileModel.resolve(accessModes, volumeMode, sets);
    assertThat(got.getAccessModes()).isEqualTo(wantModes);
    assertThat(got.getVolumeMode()).isEqualTo(wantVolumeMode);
  }
}
