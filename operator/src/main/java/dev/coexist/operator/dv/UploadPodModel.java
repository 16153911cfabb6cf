package dev.coexist.operator.dv;

import dev.coexist.crds.cdi.v1beta1.CdiNames;
import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumeContentType;
import dev.coexist.crds.importer.ImporterNames;
import dev.coexist.crds.importer.UploadNames;
import dev.coexist.operator.subresources.Certificates;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The upload server of a DataVolume with {@code source.upload} ({@code cdi-upload-<pvc>}, label
 * {@code cdi.kubevirt.io: cdi-upload-server}): the cdi-importer image run as {@code upload-server},
 * the target PVC at {@code /data}, its serving certificate (issued by the subresource CA, which
 * also signs the upload proxy's client certificate) in Secret {@code cdi-upload-<pvc>-tls}, ready
 * when its HTTPS {@code /healthz} answers. Pure.
 */
public final class UploadPodModel {
  /** How long an upload server certificate is valid. */
  static final Duration CERT_VALIDITY = Duration.ofDays(30);

  private UploadPodModel() {}

  /** {@code cdi-upload-<pvc>-tls}. */
  public static String secretName(DataVolume dv) {
    return CdiNames.uploadPodName(CdiNames.pvcName(dv.getMetadata().getName())) + "-tls";
  }

  /** The upload server pod for {@code dv} filling {@code pvc}. */
  public static Pod desired(DataVolume dv, PersistentVolumeClaim pvc, DataVolumeConfig config) {
    if ("Block".equals(pvc.getSpec().getVolumeMode())) {
      throw new IllegalArgumentException(
          "spec.storage.volumeMode: Block targets are not supported by coexist's upload server yet");
    }
    List<EnvVar> env = env(dv, pvc, config);
    return new PodBuilder()
        .withNewMetadata()
        .withName(ImporterPodModel.podName(dv))
        .withNamespace(dv.getMetadata().getNamespace())
        .withLabels(
            Map.of(
                CdiNames.LABEL_APP,
                CdiNames.APP,
                CdiNames.LABEL_COMPONENT,
                CdiNames.UPLOAD_COMPONENT))
        .withOwnerReferences(ClaimModel.ownerReference(dv))
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("OnFailure")
        .withPriorityClassName(dv.getSpec().getPriorityClassName())
        .withContainers(
            new ContainerBuilder()
                .withName(ImporterPodModel.CONTAINER)
                .withImage(config.importerImage())
                .withImagePullPolicy(config.imagePullPolicy())
                .withArgs(UploadNames.MODE_ARG)
                .withEnv(env)
                .withVolumeMounts(
                    new VolumeMountBuilder()
                        .withName("cdi-data-vol")
                        .withMountPath(ImporterNames.DATA_DIR)
                        .build(),
                    new VolumeMountBuilder()
                        .withName("upload-tls")
                        .withMountPath(UploadNames.CERT_DIR)
                        .withReadOnly(true)
                        .build())
                .withPorts(
                    new ContainerPortBuilder()
                        .withName("upload")
                        .withContainerPort(UploadNames.PORT)
                        .withProtocol("TCP")
                        .build(),
                    new ContainerPortBuilder()
                        .withName("metrics")
                        .withContainerPort(UploadNames.STATUS_PORT)
                        .withProtocol("TCP")
                        .build())
                .withReadinessProbe(
                    new ProbeBuilder()
                        .withNewHttpGet()
                        .withPath(UploadNames.HEALTH_PATH)
                        .withPort(new IntOrString(UploadNames.PORT))
                        .withScheme("HTTPS")
                        .endHttpGet()
                        .withPeriodSeconds(2)
                        .build())
                .withTerminationMessagePath(ImporterNames.TERMINATION_LOG)
                .withTerminationMessagePolicy("File")
                .build())
        .withVolumes(
            new VolumeBuilder()
                .withName("cdi-data-vol")
                .withNewPersistentVolumeClaim(pvc.getMetadata().getName(), false)
                .build(),
            new VolumeBuilder()
                .withName("upload-tls")
                .withNewSecret()
                .withSecretName(secretName(dv))
                .endSecret()
                .build())
        .endSpec()
        .build();
  }

  private static List<EnvVar> env(
      DataVolume dv, PersistentVolumeClaim pvc, DataVolumeConfig config) {
    return List.of(
        new EnvVar(ImporterNames.ENV_CONTENT_TYPE, contentType(dv), null),
        new EnvVar(
            ImporterNames.ENV_IMAGE_SIZE,
            ClaimModel.requestedBytes(pvc.getSpec(), "spec.pvc").toString(),
            null),
        new EnvVar(
            ImporterNames.ENV_FILESYSTEM_OVERHEAD,
            String.format(Locale.ROOT, "%.4f", config.filesystemOverhead()),
            null),
        new EnvVar(ImporterNames.ENV_OWNER_UID, dv.getMetadata().getUid(), null),
        new EnvVar(UploadNames.ENV_CERT_DIR, UploadNames.CERT_DIR, null));
  }

  /**
   * The upload server's certificate Secret: {@code tls.crt}, {@code tls.key} (PKCS#8, as the upload
   * server reads it) issued by {@code ca}, and {@code ca.crt} (the CA of the proxy's client
   * certificate).
   */
  public static Secret secret(DataVolume dv, Certificates.Pair ca, Instant now) {
    String name = ImporterPodModel.podName(dv);
    Certificates.Pair leaf =
        Certificates.issue(ca, name, List.of(name), Certificates.Usage.SERVER, now, CERT_VALIDITY);
    return new SecretBuilder()
        .withNewMetadata()
        .withName(secretName(dv))
        .withNamespace(dv.getMetadata().getNamespace())
        .withLabels(Map.of(CdiNames.LABEL_APP, CdiNames.APP))
        .withOwnerReferences(ClaimModel.ownerReference(dv))
        .endMetadata()
        .withType("Opaque")
        .withData(
            Map.of(
                UploadNames.TLS_CERT, b64(leaf.certPem()),
                UploadNames.TLS_KEY, b64(pkcs8(leaf.keyPem())),
                UploadNames.CLIENT_CA, b64(ca.certPem())))
        .build();
  }

  /** The PVC annotations virtctl polls, from the DataVolume's phase and the upload pod. */
  public static Map<String, String> claimAnnotations(String podPhase, boolean ready) {
    return Map.of(
        UploadNames.ANNOTATION_UPLOAD_TARGET,
        "",
        UploadNames.ANNOTATION_POD_PHASE,
        podPhase,
        UploadNames.ANNOTATION_POD_READY,
        String.valueOf(ready));
  }

  static String pkcs8(String keyPem) {
    PrivateKey k = Certificates.parseKey(keyPem);
    try {
      // re-encode through the key factory so the PEM is PKCS#8 ("PRIVATE KEY")
      byte[] der =
          KeyFactory.getInstance(k.getAlgorithm())
              .generatePrivate(new PKCS8EncodedKeySpec(k.getEncoded()))
              .getEncoded();
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
      return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("encoding the upload server key as PKCS#8", e);
    }
  }

  private static String contentType(DataVolume dv) {
    return Optional.ofNullable(dv.getSpec().getContentType())
        .map(DataVolumeContentType::value)
        .filter(v -> !v.isEmpty())
        .orElse("kubevirt");
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
  }
}
