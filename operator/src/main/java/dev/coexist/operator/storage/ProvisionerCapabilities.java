package dev.coexist.operator.storage;

import dev.coexist.crds.cdi.v1beta1.ClaimPropertySet;
import java.util.List;
import java.util.Map;

/**
 * The access and volume modes known to work with well-known provisioners, best first — what a
 * StorageProfile reports when its administrator sets none. A provisioner not listed gets none: its
 * profile's {@code status.claimPropertySets} stays empty until {@code spec.claimPropertySets} is
 * set (DataVolumes then fall back to ReadWriteOnce/Filesystem, docs/cdi.md).
 */
public final class ProvisionerCapabilities {

  private static final ClaimPropertySet RWO_FS = set("ReadWriteOnce", "Filesystem");
  private static final ClaimPropertySet RWO_BLOCK = set("ReadWriteOnce", "Block");
  private static final ClaimPropertySet RWX_FS = set("ReadWriteMany", "Filesystem");
  private static final ClaimPropertySet RWX_BLOCK = set("ReadWriteMany", "Block");

  private static final Map<String, List<ClaimPropertySet>> KNOWN =
      Map.ofEntries(
          Map.entry("rancher.io/local-path", List.of(RWO_FS)),
          Map.entry("kubernetes.io/no-provisioner", List.of(RWO_FS)),
          Map.entry("kubevirt.io.hostpath-provisioner", List.of(RWO_FS)),
          Map.entry("kubevirt.io/hostpath-provisioner", List.of(RWO_FS)),
          Map.entry("topolvm.io", List.of(RWO_BLOCK, RWO_FS)),
          Map.entry("topolvm.cybozu.com", List.of(RWO_BLOCK, RWO_FS)),
          Map.entry("rook-ceph.rbd.csi.ceph.com", List.of(RWX_BLOCK, RWO_BLOCK, RWO_FS)),
          Map.entry("openshift-storage.rbd.csi.ceph.com", List.of(RWX_BLOCK, RWO_BLOCK, RWO_FS)),
          Map.entry("rook-ceph.cephfs.csi.ceph.com", List.of(RWX_FS)),
          Map.entry("openshift-storage.cephfs.csi.ceph.com", List.of(RWX_FS)),
          Map.entry("nfs.csi.k8s.io", List.of(RWX_FS)),
          Map.entry("ebs.csi.aws.com", List.of(RWO_BLOCK, RWO_FS)),
          Map.entry("pd.csi.storage.gke.io", List.of(RWO_BLOCK, RWO_FS)),
          Map.entry("disk.csi.azure.com", List.of(RWO_BLOCK, RWO_FS)));

  private ProvisionerCapabilities() {}

  /** The known combinations for {@code provisioner}, best first; empty when it is not known. */
  public static List<ClaimPropertySet> of(String provisioner) {
    return KNOWN.getOrDefault(provisioner, List.of()).stream()
        .map(ProvisionerCapabilities::copy)
        .toList();
  }

  static ClaimPropertySet set(String accessMode, String volumeMode) {
    ClaimPropertySet s = new ClaimPropertySet();
    s.setAccessModes(List.of(accessMode));
    s.setVolumeMode(volumeMode);
    return s;
  }

  private static ClaimPropertySet copy(ClaimPropertySet s) {
    ClaimPropertySet c = new ClaimPropertySet();
    c.setAccessModes(List.copyOf(s.getAccessModes()));
    c.setVolumeMode(s.getVolumeMode());
    return c;
  }
}
