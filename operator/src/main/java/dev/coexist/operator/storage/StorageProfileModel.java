package dev.coexist.operator.storage;

import dev.coexist.crds.cdi.v1beta1.ClaimPropertySet;
import dev.coexist.crds.cdi.v1beta1.StorageProfile;
import dev.coexist.crds.cdi.v1beta1.StorageProfileSpec;
import dev.coexist.crds.cdi.v1beta1.StorageProfileStatus;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pure functions of StorageProfiles: the profile created for a StorageClass, the status it should
 * have, and the access/volume modes a DataVolume's {@code spec.storage} gets from it.
 */
public final class StorageProfileModel {

  /** The clone strategy coexist performs (host-assisted copy). */
  public static final String CLONE_COPY = "copy";

  /** The only access mode DataVolumes get when neither they nor the profile name one. */
  public static final String DEFAULT_ACCESS_MODE = "ReadWriteOnce";

  /** The volume mode DataVolumes get when neither they nor the profile name one. */
  public static final String DEFAULT_VOLUME_MODE = "Filesystem";

  private StorageProfileModel() {}

  /**
   * The profile to create for {@code sc}: same name, owned by the StorageClass (deleted with it),
   * empty spec.
   */
  public static StorageProfile newProfile(StorageClass sc) {
    StorageProfile p = new StorageProfile();
    p.setMetadata(
        new ObjectMetaBuilder()
            .withName(sc.getMetadata().getName())
            .withLabels(Map.of("app.kubernetes.io/managed-by", "coexist-operator"))
            .withOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion("storage.k8s.io/v1")
                    .withKind("StorageClass")
                    .withName(sc.getMetadata().getName())
                    .withUid(sc.getMetadata().getUid())
                    .build())
            .build());
    p.setSpec(new StorageProfileSpec());
    return p;
  }

  /** The status a profile with {@code spec} for {@code sc} should have. */
  public static StorageProfileStatus status(StorageClass sc, StorageProfileSpec spec) {
    Optional<StorageProfileSpec> s = Optional.ofNullable(spec);
    StorageProfileStatus st = new StorageProfileStatus();
    st.setStorageClass(sc.getMetadata().getName());
    st.setProvisioner(sc.getProvisioner());
    st.setClaimPropertySets(
        s.map(StorageProfileSpec::getClaimPropertySets)
            .filter(l -> !l.isEmpty())
            .orElseGet(() -> ProvisionerCapabilities.of(sc.getProvisioner())));
    st.setCloneStrategy(s.map(StorageProfileSpec::getCloneStrategy).orElse(CLONE_COPY));
    st.setDataImportCronSourceFormat(
        s.map(StorageProfileSpec::getDataImportCronSourceFormat).orElse("pvc"));
    st.setSnapshotClass(s.map(StorageProfileSpec::getSnapshotClass).orElse(null));
    return st;
  }

  /**
   * The access modes and volume mode of a DataVolume's claim: what it sets, completed from the
   * first of the profile's {@code sets} that agrees with what it sets, else ReadWriteOnce /
   * Filesystem.
   *
   * @param accessModes the DataVolume's {@code spec.storage.accessModes} (null or empty: unset)
   * @param volumeMode the DataVolume's {@code spec.storage.volumeMode} (null: unset)
   */
  public static ClaimPropertySet resolve(
      List<String> accessModes, String volumeMode, List<ClaimPropertySet> sets) {
    boolean modesSet = accessModes != null && !accessModes.isEmpty();
    Optional<ClaimPropertySet> match =
        Optional.ofNullable(sets).orElse(List.of()).stream()
            .filter(s -> s.getAccessModes() != null && !s.getAccessModes().isEmpty())
            .filter(s -> volumeMode == null || volumeMode.equals(mode(s)))
            .filter(s -> !modesSet || s.getAccessModes().containsAll(accessModes))
            .findFirst();
    ClaimPropertySet out = new ClaimPropertySet();
    out.setAccessModes(
        modesSet
            ? List.copyOf(accessModes)
            : match.map(s -> List.copyOf(s.getAccessModes())).orElse(List.of(DEFAULT_ACCESS_MODE)));
    out.setVolumeMode(
        volumeMode != null
            ? volumeMode
            : match.map(StorageProfileModel::mode).orElse(DEFAULT_VOLUME_MODE));
    return out;
  }

  private static String mode(ClaimPropertySet s) {
    return Optional.ofNullable(s.getVolumeMode()).orElse(DEFAULT_VOLUME_MODE);
  }
}
