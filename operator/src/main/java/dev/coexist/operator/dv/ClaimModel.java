package dev.coexist.operator.dv;

import dev.coexist.crds.cdi.v1beta1.CdiNames;
import dev.coexist.crds.cdi.v1beta1.ClaimPropertySet;
import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumeSpec;
import dev.coexist.crds.cdi.v1beta1.StorageSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import dev.coexist.operator.storage.StorageProfileModel;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The target PVC of a DataVolume, as CDI makes it: {@code spec.pvc} used as is, or {@code
 * spec.storage} completed with defaults (ReadWriteOnce, Filesystem, the default StorageClass) and,
 * for Filesystem volumes, its size inflated by the filesystem overhead so the usable size is what
 * was asked for. Pure.
 */
public final class ClaimModel {

  /** Annotation CDI puts on the PVC naming the importer pod. */
  public static final String ANN_IMPORT_POD = "cdi.kubevirt.io/storage.import.importPodName";

  /** The scheduler's annotation on a WaitForFirstConsumer PVC once a consumer pod is placed. */
  public static final String ANN_SELECTED_NODE = "volume.kubernetes.io/selected-node";

  /** The StorageClass annotation of the cluster default class. */
  public static final String ANN_DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";

  private static final BigInteger MIB = BigInteger.valueOf(1024L * 1024L);

  private ClaimModel() {}

  /**
   * The PVC to create for {@code dv}.
   *
   * @param storageClass the StorageClass {@code spec.storage} lands in (the named one or the
   *     default), empty if none is known
   * @param profile that class's StorageProfile {@code status.claimPropertySets}: where {@code
   *     spec.storage}'s missing access and volume modes come from (empty: ReadWriteOnce,
   *     Filesystem)
   * @throws IllegalArgumentException naming the field that is missing or invalid
   */
  public static PersistentVolumeClaim desired(
      DataVolume dv,
      Optional<StorageClass> storageClass,
      List<ClaimPropertySet> profile,
      double filesystemOverhead) {
    DataVolumeSpec spec = dv.getSpec();
    if (spec == null) {
      throw new IllegalArgumentException("spec: required");
    }
    PersistentVolumeClaimSpec claim;
    if (spec.getPvc() != null && spec.getStorage() != null) {
      throw new IllegalArgumentException("spec: set only one of spec.pvc and spec.storage");
    } else if (spec.getPvc() != null) {
      claim = new PersistentVolumeClaimSpecBuilder(spec.getPvc()).build();
      requestedBytes(claim, "spec.pvc");
    } else if (spec.getStorage() != null) {
      claim = fromStorage(spec.getStorage(), storageClass, profile, filesystemOverhead);
    } else {
      throw new IllegalArgumentException("spec: one of spec.pvc or spec.storage is required");
    }
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(ANN_IMPORT_POD, ImporterPodModel.podName(dv));
    Optional.ofNullable(dv.getMetadata().getAnnotations())
        .map(a -> a.get(CdiNames.ANNOTATION_BIND_IMMEDIATE))
        .ifPresent(v -> annotations.put(CdiNames.ANNOTATION_BIND_IMMEDIATE, v));
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withName(CdiNames.pvcName(dv.getMetadata().getName()))
        .withNamespace(dv.getMetadata().getNamespace())
        .withLabels(Map.of(CdiNames.LABEL_APP, CdiNames.APP))
        .withAnnotations(annotations)
        .withOwnerReferences(ownerReference(dv))
        .endMetadata()
        .withSpec(claim)
        .build();
  }

  private static PersistentVolumeClaimSpec fromStorage(
      StorageSpec s,
      Optional<StorageClass> storageClass,
      List<ClaimPropertySet> profile,
      double filesystemOverhead) {
    Quantity size =
        Optional.ofNullable(s.getResources())
            .map(r -> r.getRequests())
            .map(r -> r.get("storage"))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "spec.storage.resources.requests.storage: required"));
    ClaimPropertySet modes =
        StorageProfileModel.resolve(s.getAccessModes(), s.getVolumeMode(), profile);
    String volumeMode = modes.getVolumeMode();
    if (!volumeMode.equals("Filesystem") && !volumeMode.equals("Block")) {
      throw new IllegalArgumentException(
          "spec.storage.volumeMode: must be Filesystem or Block, not " + volumeMode);
    }
    BigInteger bytes = bytes(size, "spec.storage.resources.requests.storage");
    if (volumeMode.equals("Filesystem")) {
      bytes = inflate(bytes, filesystemOverhead);
    }
    String className =
        Optional.ofNullable(s.getStorageClassName())
            .or(() -> storageClass.map(c -> c.getMetadata().getName()))
            .orElse(null);
    return new PersistentVolumeClaimSpecBuilder()
        .withAccessModes(modes.getAccessModes())
        .withVolumeMode(volumeMode)
        .withStorageClassName(className)
        .withSelector(s.getSelector())
        .withVolumeName(s.getVolumeName())
        .withDataSource(s.getDataSource())
        .withDataSourceRef(s.getDataSourceRef())
        .withResources(
            new VolumeResourceRequirementsBuilder()
                .withRequests(Map.of("storage", quantity(bytes)))
                .build())
        .build();
  }

  /** Bytes as a quantity, in Mi when whole (as {@code kubectl get pvc} users expect). */
  static Quantity quantity(BigInteger bytes) {
    BigInteger[] qr = bytes.divideAndRemainder(MIB);
    return qr[1].signum() == 0 ? new Quantity(qr[0] + "Mi") : new Quantity(bytes.toString());
  }

  /** Size / (1 − overhead), rounded up to a whole MiB. */
  static BigInteger inflate(BigInteger bytes, double overhead) {
    BigDecimal raw =
        new BigDecimal(bytes).divide(BigDecimal.valueOf(1 - overhead), 0, RoundingMode.CEILING);
    BigInteger[] qr = raw.toBigInteger().divideAndRemainder(MIB);
    return (qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE)).multiply(MIB);
  }

  /** The requested storage of a PVC spec in bytes. */
  static BigInteger requestedBytes(PersistentVolumeClaimSpec claim, String path) {
    Quantity q =
        Optional.ofNullable(claim.getResources())
            .map(r -> r.getRequests())
            .map(r -> r.get("storage"))
            .orElseThrow(
                () -> new IllegalArgumentException(path + ".resources.requests.storage: required"));
    return bytes(q, path + ".resources.requests.storage");
  }

  private static BigInteger bytes(Quantity q, String path) {
    try {
      BigDecimal b = Quantity.getAmountInBytes(q);
      if (b.signum() <= 0) {
        throw new IllegalArgumentException(path + ": must be positive, not " + q);
      }
      return b.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    } catch (ArithmeticException | IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(path)) {
        throw e;
      }
      throw new IllegalArgumentException(path + ": not a quantity: " + q, e);
    }
  }

  /** The StorageClass a DataVolume's {@code spec.storage} lands in when it names none. */
  public static Optional<StorageClass> defaultClass(List<StorageClass> classes) {
    return classes.stream()
        .filter(c -> annotated(c, CdiNames.ANNOTATION_DEFAULT_VIRT_STORAGE_CLASS))
        .findFirst()
        .or(() -> classes.stream().filter(c -> annotated(c, ANN_DEFAULT_CLASS)).findFirst());
  }

  private static boolean annotated(StorageClass c, String key) {
    return "true"
        .equals(
            Optional.ofNullable(c.getMetadata().getAnnotations()).map(a -> a.get(key)).orElse(""));
  }

  /**
   * Whether the import must wait for a consumer (CDI's WaitForFirstConsumer): the claim's class
   * binds on first consumer, nothing has placed it yet, and neither the bind-immediate annotation
   * nor a VirtualMachine owner makes the importer pod itself the first consumer.
   */
  public static boolean waitsForConsumer(
      DataVolume dv, PersistentVolumeClaim pvc, Optional<StorageClass> storageClass) {
    return waitsForConsumer(dv, pvc, storageClass, false);
  }

  /**
   * As {@link #waitsForConsumer(DataVolume, PersistentVolumeClaim, Optional)}; {@code mountedByVm}:
   * a VirtualMachine mounts the DataVolume, so (like one it owns) the importer pod is the first
   * consumer — the VM waits for the DataVolume, never the other way round.
   */
  public static boolean waitsForConsumer(
      DataVolume dv,
      PersistentVolumeClaim pvc,
      Optional<StorageClass> storageClass,
      boolean mountedByVm) {
    boolean wffc =
        storageClass
            .map(c -> "WaitForFirstConsumer".equals(c.getVolumeBindingMode()))
            .orElse(false);
    boolean placed =
        "Bound".equals(Optional.ofNullable(pvc.getStatus()).map(s -> s.getPhase()).orElse(""))
            || Optional.ofNullable(pvc.getMetadata().getAnnotations())
                .map(a -> a.containsKey(ANN_SELECTED_NODE))
                .orElse(false);
    return wffc && !placed && !bindImmediate(dv) && !ownedByVm(dv) && !mountedByVm;
  }

  /**
   * The DataVolume asks to ignore WaitForFirstConsumer: the annotation is present (CDI checks
   * presence; {@code virtctl image-upload --force-bind} sets it to ""), unless it says "false".
   */
  public static boolean bindImmediate(DataVolume dv) {
    return Optional.ofNullable(dv.getMetadata().getAnnotations())
        .map(a -> a.get(CdiNames.ANNOTATION_BIND_IMMEDIATE))
        .map(v -> !"false".equalsIgnoreCase(v.trim()))
        .orElse(false);
  }

  /** The DataVolume belongs to a VirtualMachine (a dataVolumeTemplate). */
  public static boolean ownedByVm(DataVolume dv) {
    return Optional.ofNullable(dv.getMetadata().getOwnerReferences()).orElse(List.of()).stream()
        .anyMatch(
            r ->
                VirtualMachine.KIND.equals(r.getKind())
                    && r.getApiVersion() != null
                    && r.getApiVersion().startsWith("kubevirt.io/"));
  }

  /** The controller owner reference pointing at the DataVolume. */
  public static OwnerReference ownerReference(DataVolume dv) {
    return new OwnerReferenceBuilder()
        .withApiVersion(DataVolume.API_VERSION)
        .withKind(DataVolume.KIND)
        .withName(dv.getMetadata().getName())
        .withUid(dv.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
