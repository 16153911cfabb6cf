package dev.coexist.crds.cdi.v1beta1;

/** The one place CDI names, labels and annotation keys are spelled. */
public final class CdiNames {

  /** Label {@code app} on CDI's objects. */
  public static final String LABEL_APP = "app";

  /** The value of {@link #LABEL_APP} on CDI's objects. */
  public static final String APP = "containerized-data-importer";

  /** Label {@code cdi.kubevirt.io}: the worker kind, e.g. {@value #IMPORTER_COMPONENT}. */
  public static final String LABEL_COMPONENT = "cdi.kubevirt.io";

  /** The value of {@link #LABEL_COMPONENT} on importer pods. */
  public static final String IMPORTER_COMPONENT = "importer";

  /** The value of {@link #LABEL_COMPONENT} on upload server pods. */
  public static final String UPLOAD_COMPONENT = "cdi-upload-server";

  /** The prefix of importer pod names: {@code importer-<pvc>}. */
  public static final String IMPORTER_POD_PREFIX = "importer-";

  /** The prefix of upload server pod names: {@code cdi-upload-<pvc>}. */
  public static final String UPLOAD_POD_PREFIX = "cdi-upload-";

  /** The importer's metrics port (https). */
  public static final int IMPORTER_METRICS_PORT = 8443;

  /** Annotation on a DV: bind the PVC immediately even with WaitForFirstConsumer storage. */
  public static final String ANNOTATION_BIND_IMMEDIATE =
      "cdi.kubevirt.io/storage.bind.immediate.requested";

  /** Annotation on a DV: delete it after it succeeded (garbage collection, deprecated). */
  public static final String ANNOTATION_DELETE_AFTER_COMPLETION =
      "cdi.kubevirt.io/storage.deleteAfterCompletion";

  /** Annotation on a DV: whether to use volume populators. */
  public static final String ANNOTATION_USE_POPULATOR = "cdi.kubevirt.io/storage.usePopulator";

  /** Annotation on a StorageClass: the default class for virtualization. */
  public static final String ANNOTATION_DEFAULT_VIRT_STORAGE_CLASS =
      "storageclass.kubevirt.io/is-default-virt-class";

  /** The name of the singleton CDI CR. */
  public static final String CDI_NAME = "cdi";

  private CdiNames() {}

  /** The name of the PVC a DataVolume fills: the DataVolume's own name. */
  public static String pvcName(String dataVolumeName) {
    return requireName(dataVolumeName);
  }

  /** The importer pod name of a PVC: {@code importer-<pvc>}. */
  public static String importerPodName(String pvcName) {
    return IMPORTER_POD_PREFIX + requireName(pvcName);
  }

  /** The upload server pod name of a PVC: {@code cdi-upload-<pvc>}. */
  public static String uploadPodName(String pvcName) {
    return UPLOAD_POD_PREFIX + requireName(pvcName);
  }

  private static String requireName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("metadata.name: must not be empty");
    }
    return name;
  }
}
