package dev.coexist.operator.dv;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.operator.Fixtures;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;

/** DataVolumes, PVCs, pods and classes for the pure tests. */
final class DvFixtures {

  private DvFixtures() {}

  static final String HTTP_DV =
      """
      apiVersion: cdi.kubevirt.io/v1beta1
      kind: DataVolume
      metadata: {name: disk, namespace: ns, uid: dv-uid}
      spec:
        source:
          http:
            url: http://10.88.0.1:8000/guest.qcow2.xz
            secretRef: creds
            certConfigMap: ca
            extraHeaders: ["X-A: b", "X-C: d"]
            checksum: sha256:abcd
        storage:
          resources: {requests: {storage: 1Gi}}
      """;

  static DataVolume dv(String yaml) {
    return Fixtures.parse(yaml, DataVolume.class);
  }

  static DataVolume httpDv() {
    return dv(HTTP_DV);
  }

  static StorageClass localPath(boolean isDefault) {
    return new StorageClassBuilder()
        .withNewMetadata()
        .withName("local-path")
        .addToAnnotations(ClaimModel.ANN_DEFAULT_CLASS, String.valueOf(isDefault))
        .endMetadata()
        .withProvisioner("rancher.io/local-path")
        .withVolumeBindingMode("WaitForFirstConsumer")
        .build();
  }

  static PersistentVolumeClaim pvc(String phase) {
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withName("disk")
        .withNamespace("ns")
        .endMetadata()
        .withNewSpec()
        .withStorageClassName("local-path")
        .withNewResources()
        .addToRequests("storage", new Quantity("1142947840"))
        .endResources()
        .endSpec()
        .withNewStatus()
        .withPhase(phase)
        .endStatus()
        .build();
  }

  static Pod pod(String phase, ContainerStatus cs) {
    return new PodBuilder()
        .withNewMetadata()
        .withName("importer-disk")
        .withNamespace("ns")
        .endMetadata()
        .withNewStatus()
        .withPhase(phase)
        .withPodIP("10.88.1.7")
        .withContainerStatuses(cs)
        .endStatus()
        .build();
  }

  static ContainerStatus running(int restarts) {
    return new ContainerStatusBuilder()
        .withName(ImporterPodModel.CONTAINER)
        .withRestartCount(restarts)
        .withNewState()
        .withNewRunning()
        .endRunning()
        .endState()
        .build();
  }

  static ContainerStatus terminated(int exit, String message, int restarts) {
    return new ContainerStatusBuilder()
        .withName(ImporterPodModel.CONTAINER)
        .withRestartCount(restarts)
        .withNewState()
        .withNewTerminated()
        .withExitCode(exit)
        .withReason(exit == 0 ? "Completed" : "Error")
        .withMessage(message)
        .endTerminated()
        .endState()
        .build();
  }
}
