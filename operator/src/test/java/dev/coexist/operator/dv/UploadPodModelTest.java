package dev.coexist.operator.dv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.cdi.v1beta1.DataVolumePhase;
import dev.coexist.crds.importer.UploadNames;
import dev.coexist.operator.Fixtures;
import dev.coexist.operator.subresources.Certificates;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UploadPodModelTest {
  private static final DataVolume UPLOAD =
      DvFixtures.dv(
          """
          apiVersion: cdi.kubevirt.io/v1beta1
          kind: DataVolume
          metadata: {name: disk, namespace: ns, uid: 1234}
          spec:
            source: {upload: {}}
            storage: {resources: {requests: {storage: 1Gi}}}
          """);

  @Test
  void anUploadDataVolumeGetsAnUploadServerPod() {
    assertThat(ImporterPodModel.sourceKind(UPLOAD)).isEqualTo(ImporterPodModel.SourceKind.UPLOAD);
    assertThat(ImporterPodModel.podName(UPLOAD)).isEqualTo("cdi-upload-disk");
    Pod pod =
        ImporterPodModel.desired(UPLOAD, DvFixtures.pvc("Bound"), DataVolumeConfig.defaults());
    assertThat(pod.getMetadata().getName()).isEqualTo("cdi-upload-disk");
    assertThat(pod.getMetadata().getLabels()).containsEntry("cdi.kubevirt.io", "cdi-upload-server");
    Container c = pod.getSpec().getContainers().get(0);
    assertThat(c.getArgs()).containsExactly("upload-server");
    assertThat(c.getReadinessProbe().getHttpGet().getScheme()).isEqualTo("HTTPS");
    assertThat(c.getReadinessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(8443);
    assertThat(c.getEnv())
        .anySatisfy(e -> assertThat(e.getName()).isEqualTo("IMPORTER_IMAGE_SIZE"))
        .anySatisfy(e -> assertThat(e.getValue()).isEqualTo(UploadNames.CERT_DIR));
    assertThat(pod.getSpec().getVolumes())
        .filteredOn(v -> v.getSecret() != null)
        .singleElement()
        .satisfies(v -> assertThat(v.getSecret().getSecretName()).isEqualTo("cdi-upload-disk-tls"));
  }

  @Test
  void theSecretHoldsAPkcs8KeyAndTheProxyCa() {
    Certificates.Pair ca = Certificates.newCa("t", Fixtures.NOW, Duration.ofDays(1));
    Secret s = UploadPodModel.secret(UPLOAD, ca, Fixtures.NOW);
    assertThat(s.getMetadata().getName()).isEqualTo("cdi-upload-disk-tls");
    String key = decode(s.getData().get(UploadNames.TLS_KEY));
    assertThat(key).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(Certificates.parseKey(key).getAlgorithm()).isEqualTo("EC");
    assertThat(decode(s.getData().get(UploadNames.CLIENT_CA))).isEqualTo(ca.certPem());
    assertThat(s.getMetadata().getOwnerReferences().get(0).getUid()).isEqualTo("1234");
  }

  @Test
  void phasesFollowTheUploadServer() {
    assertThat(phase(Optional.empty())).isEqualTo(DataVolumePhase.UPLOAD_SCHEDULED);
    var notReady = new ContainerStatusBuilder(DvFixtures.running(0)).withReady(false).build();
    assertThat(phase(Optional.of(DvFixtures.pod("Running", notReady))))
        .isEqualTo(DataVolumePhase.UPLOAD_SCHEDULED);
    var ready = new ContainerStatusBuilder(DvFixtures.running(0)).withReady(true).build();
    assertThat(phase(Optional.of(DvFixtures.pod("Running", ready))))
        .isEqualTo(DataVolumePhase.UPLOAD_READY);
    assertThat(phase(Optional.of(DvFixtures.pod("Succeeded", DvFixtures.terminated(0, "", 0)))))
        .isEqualTo(DataVolumePhase.SUCCEEDED);
    assertThat(UploadPodModel.claimAnnotations("Succeeded", false))
        .containsEntry(UploadNames.ANNOTATION_POD_PHASE, "Succeeded")
        .containsEntry(UploadNames.ANNOTATION_POD_READY, "false")
        .containsKey(UploadNames.ANNOTATION_UPLOAD_TARGET);
  }

  private static DataVolumePhase phase(Optional<Pod> pod) {
    return DvStatusBuilder.build(
            new DvObservation(
                UPLOAD,
                Optional.empty(),
                ImporterPodModel.SourceKind.UPLOAD,
                Optional.of(DvFixtures.pvc("Bound")),
                pod.map(p -> ImporterOutcome.of(p, 3)),
                false,
                Optional.empty(),
                Fixtures.NOW))
        .getPhase();
  }

  private static String decode(String b64) {
    return new String(Base64.getDecoder().decode(b64), StandardCharsets.US_ASCII);
  }
}
