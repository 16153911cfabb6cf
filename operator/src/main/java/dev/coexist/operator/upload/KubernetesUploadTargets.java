package dev.coexist.operator.upload;

import dev.coexist.crds.cdi.v1beta1.CdiNames;
import dev.coexist.crds.importer.UploadNames;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Optional;

/**
 * The upload server pod {@code cdi-upload-<pvc>} in the PVC's namespace: Running, Ready, with a pod
 * IP; the proxy dials the pod IP directly (no Service, so no kube-proxy needed).
 */
public final class KubernetesUploadTargets implements UploadTargets {
  private final KubernetesClient client;

  /** Reads pods with this client (needs {@code get} on pods cluster-wide). */
  public KubernetesUploadTargets(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Target find(String namespace, String pvc) {
    String name = CdiNames.uploadPodName(pvc);
    Pod pod = client.pods().inNamespace(namespace).withName(name).get();
    return target(namespace, pvc, pod);
  }

  /** Pure: the target a pod gives. */
  static Target target(String namespace, String pvc, Pod pod) {
    String what = "the upload server for PVC " + namespace + "/" + pvc;
    if (pod == null) {
      return Target.none(
          what + " does not exist: is the DataVolume's source upload, and not already done?");
    }
    String phase = pod.getStatus() == null ? "" : pod.getStatus().getPhase();
    boolean ready =
        pod.getStatus() != null
            && Optional.ofNullable(pod.getStatus().getConditions()).orElse(List.of()).stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    String ip = pod.getStatus() == null ? null : pod.getStatus().getPodIP();
    if (!"Running".equals(phase) || !ready || ip == null || ip.isEmpty()) {
      return Target.none(
          what + " is not ready (pod " + pod.getMetadata().getName() + " " + phase + ")");
    }
    return Target.at(ip, UploadNames.PORT);
  }
}
