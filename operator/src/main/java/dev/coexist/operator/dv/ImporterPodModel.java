package dev.coexist.operator.dv;

import dev.coexist.crds.cdi.v1beta1.CdiNames;
import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumeContentType;
import dev.coexist.crds.cdi.v1beta1.DataVolumeSource;
import dev.coexist.crds.cdi.v1beta1.DataVolumeSourceHttp;
import dev.coexist.crds.importer.ImporterNames;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The importer pod of a DataVolume ({@code importer-<pvc>}, label {@code cdi.kubevirt.io:
 * importer}): the cdi-importer image with the environment of its contract (cdi-importer/README.md),
 * the target PVC at {@code /data}, and for a host-assisted clone the source PVC read-only at {@code
 * /source}. Restarts on failure like CDI's; the controller stops it after too many. Pure.
 */
public final class ImporterPodModel {

  /** The importer container's name. */
  public static final String CONTAINER = "importer";

  /** What fills the PVC. */
  public enum SourceKind {
    HTTP,
    BLANK,
    CLONE,
    /** {@code source.upload}: an upload server pod receives the image ({@link UploadPodModel}). */
    UPLOAD
  }

  private ImporterPodModel() {}

  /** {@code importer-<pvc name>}. */
  public static String podName(DataVolume dv) {
    String pvc = CdiNames.pvcName(dv.getMetadata().getName());
    return isUpload(dv) ? CdiNames.uploadPodName(pvc) : CdiNames.importerPodName(pvc);
  }

  /** Whether the DataVolume is filled by an upload ({@code cdi-upload-<pvc>}). */
  public static boolean isUpload(DataVolume dv) {
    return dv.getSpec() != null
        && dv.getSpec().getSource() != null
        && dv.getSpec().getSource().getUpload() != null;
  }

  /**
   * The one source of {@code dv} coexist fills PVCs from.
   *
   * @throws IllegalArgumentException naming the field when there is none, several, or one coexist
   *     does not import yet
   */
  public static SourceKind sourceKind(DataVolume dv) {
    if (dv.getSpec().getSourceRef() != null) {
      throw new IllegalArgumentException("spec.sourceRef: not supported by coexist yet");
    }
    DataVolumeSource s = dv.getSpec().getSource();
    if (s == null) {
      throw new IllegalArgumentException("spec.source: required");
    }
    List<String> unsupported = new ArrayList<>();
    addIf(unsupported, s.getRegistry(), "registry");
    addIf(unsupported, s.getS3(), "s3");
    addIf(unsupported, s.getGcs(), "gcs");
    addIf(unsupported, s.getSnapshot(), "snapshot");
    addIf(unsupported, s.getImageio(), "imageio");
    addIf(unsupported, s.getVddk(), "vddk");
    if (!unsupported.isEmpty()) {
      throw new IllegalArgumentException(
          "spec.source."
              + unsupported.get(0)
              + ": not supported by coexist yet (http, blank, pvc and upload are)");
    }
    int n =
        (s.getHttp() != null ? 1 : 0)
            + (s.getBlank() != null ? 1 : 0)
            + (s.getPvc() != null ? 1 : 0)
            + (s.getUpload() != null ? 1 : 0);
    if (n != 1) {
      throw new IllegalArgumentException(
          "spec.source: exactly one of http, blank, pvc or upload is required, found " + n);
    }
    if (s.getUpload() != null) {
      return SourceKind.UPLOAD;
    }
    if (s.getHttp() != null) {
      String url = s.getHttp().getUrl();
      if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
        throw new IllegalArgumentException("spec.source.http.url: must be an http(s) URL: " + url);
      }
      return SourceKind.HTTP;
    }
    if (s.getPvc() != null) {
      if (s.getPvc().getName() == null || s.getPvc().getName().isEmpty()) {
        throw new IllegalArgumentException("spec.source.pvc.name: required");
      }
      String ns = s.getPvc().getNamespace();
      if (ns != null && !ns.equals(dv.getMetadata().getNamespace())) {
        throw new IllegalArgumentException(
            "spec.source.pvc.namespace: host-assisted clone across namespaces is not supported"
                + " by coexist yet ("
                + ns
                + " ≠ "
                + dv.getMetadata().getNamespace()
                + ")");
      }
      return SourceKind.CLONE;
    }
    return SourceKind.BLANK;
  }

  private static void addIf(List<String> out, Object o, String name) {
    if (o != null) {
      out.add(name);
    }
  }

  /**
   * The importer pod for {@code dv} filling {@code pvc}.
   *
   * @throws IllegalArgumentException naming the field coexist cannot import from or into
   */
  public static Pod desired(DataVolume dv, PersistentVolumeClaim pvc, DataVolumeConfig config) {
    SourceKind kind = sourceKind(dv);
    if (kind == SourceKind.UPLOAD) {
      return UploadPodModel.desired(dv, pvc, config);
    }
    if ("Block".equals(pvc.getSpec().getVolumeMode())) {
      throw new IllegalArgumentException(
          "spec.storage.volumeMode: Block targets are not supported by coexist's importer yet");
    }
    List<Volume> volumes = new ArrayList<>();
    List<VolumeMount> mounts = new ArrayList<>();
    volumes.add(claimVolume("cdi-data-vol", pvc.getMetadata().getName(), false));
    mounts.add(mount("cdi-data-vol", ImporterNames.DATA_DIR, false));
    List<EnvVar> env = new ArrayList<>();
    env.add(env(ImporterNames.ENV_SOURCE, kind == SourceKind.CLONE ? "pvc" : lower(kind)));
    env.add(env(ImporterNames.ENV_CONTENT_TYPE, contentType(dv)));
    env.add(
        env(
            ImporterNames.ENV_IMAGE_SIZE,
            ClaimModel.requestedBytes(pvc.getSpec(), "spec.pvc").toString()));
    env.add(
        env(
            ImporterNames.ENV_FILESYSTEM_OVERHEAD,
            String.format(Locale.ROOT, "%.4f", config.filesystemOverhead())));
    env.add(env(ImporterNames.ENV_OWNER_UID, dv.getMetadata().getUid()));
    if (kind == SourceKind.HTTP) {
      httpEnv(dv.getSpec().getSource().getHttp(), env, volumes, mounts);
    } else if (kind == SourceKind.CLONE) {
      volumes.add(claimVolume("cdi-source-vol", dv.getSpec().getSource().getPvc().getName(), true));
      mounts.add(mount("cdi-source-vol", ImporterNames.CLONE_SOURCE_DIR, true));
    }
    return new PodBuilder()
        .withNewMetadata()
        .withName(podName(dv))
        .withNamespace(dv.getMetadata().getNamespace())
        .withLabels(
            Map.of(
                CdiNames.LABEL_APP,
                CdiNames.APP,
                ImporterNames.POD_LABEL_KEY,
                ImporterNames.POD_LABEL_VALUE))
        .withOwnerReferences(ClaimModel.ownerReference(dv))
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("OnFailure")
        .withPriorityClassName(dv.getSpec().getPriorityClassName())
        .withContainers(
            new ContainerBuilder()
                .withName(CONTAINER)
                .withImage(config.importerImage())
                .withImagePullPolicy(config.imagePullPolicy())
                .withEnv(env)
                .withVolumeMounts(mounts)
                .withPorts(
                    new ContainerPortBuilder()
                        .withName("metrics")
                        .withContainerPort(ImporterNames.METRICS_PORT)
                        .withProtocol("TCP")
                        .build())
                .withTerminationMessagePath(ImporterNames.TERMINATION_LOG)
                .withTerminationMessagePolicy("File")
                .build())
        .withVolumes(volumes)
        .endSpec()
        .build();
  }

  private static void httpEnv(
      DataVolumeSourceHttp http, List<EnvVar> env, List<Volume> volumes, List<VolumeMount> mounts) {
    env.add(env(ImporterNames.ENV_ENDPOINT, http.getUrl()));
    if (http.getSecretRef() != null) {
      env.add(secretEnv(ImporterNames.ENV_ACCESS_KEY_ID, http.getSecretRef(), "accessKeyId"));
      env.add(secretEnv(ImporterNames.ENV_SECRET_KEY, http.getSecretRef(), "secretKey"));
    }
    if (http.getCertConfigMap() != null) {
      volumes.add(
          new VolumeBuilder()
              .withName("cdi-cert-vol")
              .withNewConfigMap()
              .withName(http.getCertConfigMap())
              .endConfigMap()
              .build());
      mounts.add(mount("cdi-cert-vol", ImporterNames.CERT_DIR, true));
      env.add(env(ImporterNames.ENV_CERT_DIR, ImporterNames.CERT_DIR));
    }
    if (Boolean.TRUE.equals(http.getInsecureSkipVerify())) {
      env.add(env(ImporterNames.ENV_INSECURE_TLS, "true"));
    }
    List<String> headers = Optional.ofNullable(http.getExtraHeaders()).orElse(List.of());
    for (int i = 0; i < headers.size(); i++) {
      env.add(env(ImporterNames.ENV_EXTRA_HEADER_PREFIX + i, headers.get(i)));
    }
    if (http.getChecksum() != null) {
      env.add(env(ImporterNames.ENV_CHECKSUM, http.getChecksum()));
    }
  }

  private static String contentType(DataVolume dv) {
    return Optional.ofNullable(dv.getSpec().getContentType())
        .map(DataVolumeContentType::value)
        .filter(v -> !v.isEmpty())
        .orElse("kubevirt");
  }

  private static String lower(SourceKind k) {
    return k.name().toLowerCase(Locale.ROOT);
  }

  private static EnvVar env(String name, String value) {
    return new EnvVar(name, value, null);
  }

  private static EnvVar secretEnv(String name, String secret, String key) {
    return new EnvVarBuilder()
        .withName(name)
        .withNewValueFrom()
        .withNewSecretKeyRef(key, secret, false)
        .endValueFrom()
        .build();
  }

  private static Volume claimVolume(String name, String claim, boolean readOnly) {
    return new VolumeBuilder().withName(name).withNewPersistentVolumeClaim(claim, readOnly).build();
  }

  private static VolumeMount mount(String name, String path, boolean readOnly) {
    return new VolumeMountBuilder()
        .withName(name)
        .withMountPath(path)
        .withReadOnly(readOnly)
        .build();
  }
}
