package dev.coexist.operator.dv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImporterPodModelTest {

  private static Map<String, EnvVar> env(Pod p) {
    return p.getSpec().getContainers().get(0).getEnv().stream()
        .collect(Collectors.toMap(EnvVar::getName, e -> e));
  }

  @Test
  void httpImporterFollowsTheImporterContract() {
    Pod p =
        ImporterPodModel.desired(
            DvFixtures.httpDv(), DvFixtures.pvc("Pending"), DataVolumeConfig.defaults());
    assertThat(p.getMetadata().getName()).isEqualTo("importer-disk");
    assertThat(p.getMetadata().getLabels()).containsEntry("cdi.kubevirt.io", "importer");
    assertThat(p.getMetadata().getOwnerReferences().get(0).getUid()).isEqualTo("dv-uid");
    assertThat(p.getSpec().getRestartPolicy()).isEqualTo("OnFailure");
    Container c = p.getSpec().getContainers().get(0);
    assertThat(c.getImage()).isEqualTo("localhost/coexist/cdi-importer:latest");
    assertThat(c.getPorts().get(0).getContainerPort()).isEqualTo(8443);
    assertThat(c.getTerminationMessagePath()).isEqualTo("/dev/termination-log");
    Map<String, EnvVar> env = env(p);
    assertThat(env.get("IMPORTER_SOURCE").getValue()).isEqualTo("http");
    assertThat(env.get("IMPORTER_ENDPOINT").getValue())
        .isEqualTo("http://10.88.0.1:8000/guest.qcow2.xz");
    assertThat(env.get("IMPORTER_IMAGE_SIZE").getValue()).isEqualTo("1142947840");
    assertThat(env.get("FILESYSTEM_OVERHEAD").getValue()).isEqualTo("0.0600");
    assertThat(env.get("OWNER_UID").getValue()).isEqualTo("dv-uid");
    assertThat(env.get("IMPORTER_CHECKSUM").getValue()).isEqualTo("sha256:abcd");
    assertThat(env.get("IMPORTER_EXTRA_HEADER_0").getValue()).isEqualTo("X-A: b");
    assertThat(env.get("IMPORTER_EXTRA_HEADER_1").getValue()).isEqualTo("X-C: d");
    assertThat(env.get("IMPORTER_ACCESS_KEY_ID").getValueFrom().getSecretKeyRef().getName())
        .isEqualTo("creds");
    assertThat(env.get("IMPORTER_SECRET_KEY").getValueFrom().getSecretKeyRef().getKey())
        .isEqualTo("secretKey");
    assertThat(env.get("IMPORTER_CERT_DIR").getValue()).isEqualTo("/certs");
    assertThat(c.getVolumeMounts())
        .extracting(m -> m.getMountPath())
        .containsExactly("/data", "/certs");
    assertThat(p.getSpec().getVolumes().get(0).getPersistentVolumeClaim().getClaimName())
        .isEqualTo("disk");
    assertThat(p.getSpec().getVolumes().get(1).getConfigMap().getName()).isEqualTo("ca");
  }

  @Test
  void cloneMountsTheSourceReadOnly() {
    DataVolume dv =
        DvFixtures.dv(
            """
            apiVersion: cdi.kubevirt.io/v1beta1
            kind: DataVolume
            metadata: {name: disk, namespace: ns, uid: u}
            spec:
              source: {pvc: {namespace: ns, name: golden}}
              storage: {resources: {requests: {storage: 1Gi}}}
            """);
    assertThat(ImporterPodModel.sourceKind(dv)).isEqualTo(ImporterPodModel.SourceKind.CLONE);
    Pod p = ImporterPodModel.desired(dv, DvFixtures.pvc("Pending"), DataVolumeConfig.defaults());
    assertThat(env(p).get("IMPORTER_SOURCE").getValue()).isEqualTo("pvc");
    assertThat(p.getSpec().getVolumes().get(1).getPersistentVolumeClaim().getClaimName())
        .isEqualTo("golden");
    assertThat(p.getSpec().getContainers().get(0).getVolumeMounts().get(1).getReadOnly()).isTrue();
  }

  @Test
  void unsupportedOrAmbiguousSourcesNameTheField() {
    assertThatThrownBy(
            () ->
                ImporterPodModel.sourceKind(
                    DvFixtures.dv(
                        """
                        apiVersion: cdi.kubevirt.io/v1beta1
                        kind: DataVolume
                        metadata: {name: d, namespace: ns}
                        spec: {source: {registry: {url: "docker://x"}}}
                        """)))
        .hasMessageStartingWith("spec.source.registry: not supported by coexist yet");
    assertThatThrownBy(
            () ->
                ImporterPodModel.sourceKind(
                    DvFixtures.dv(
                        """
                        apiVersion: cdi.kubevirt.io/v1beta1
                        kind: DataVolume
                        metadata: {name: d, namespace: ns}
                        spec: {source: {blank: {}, http: {url: "http://x/y"}}}
                        """)))
        .hasMessage("spec.source: exactly one of http, blank, pvc or upload is required, found 2");
    assertThatThrownBy(
            () ->
                ImporterPodModel.sourceKind(
                    DvFixtures.dv(
                        """
                        apiVersion: cdi.kubevirt.io/v1beta1
                        kind: DataVolume
                        metadata: {name: d, namespace: ns}
                        spec: {source: {http: {url: "ftp://x/y"}}}
                        """)))
        .hasMessage("spec.source.http.url: must be an http(s) URL: ftp://x/y");
    assertThatThrownBy(
            () ->
                ImporterPodModel.sourceKind(
                    DvFixtures.dv(
                        """
                        apiVersion: cdi.kubevirt.io/v1beta1
                        kind: DataVolume
                        metadata: {name: d, namespace: ns}
                        spec: {source: {pvc: {namespace: other, name: g}}}
                        """)))
        .hasMessageStartingWith("spec.source.pvc.namespace: host-assisted clone across namespaces");
  }

  @Test
  void blankHasNoEndpoint() {
    DataVolume dv =
        DvFixtures.dv(
            """
            apiVersion: cdi.kubevirt.io/v1beta1
            kind: DataVolume
            metadata: {name: disk, namespace: ns, uid: u}
            spec: {source: {blank: {}}, storage: {resources: {requests: {storage: 1Gi}}}}
            """);
    Map<String, EnvVar> env =
        env(ImporterPodModel.desired(dv, DvFixtures.pvc("Bound"), DataVolumeConfig.defaults()));
    assertThat(env.get("IMPORTER_SOURCE").getValue()).isEqualTo("blank");
    assertThat(env).doesNotContainKey("IMPORTER_ENDPOINT");
  }
}
