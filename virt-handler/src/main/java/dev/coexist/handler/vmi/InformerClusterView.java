package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** A {@link ClusterView} over the node-scoped VMI and launcher pod informers. */
public final class InformerClusterView implements ClusterView {
  private final KubernetesClient client;
  private final SharedIndexInformer<VirtualMachineInstance> vmis;
  private final SharedIndexInformer<Pod> pods;

  /** A view over these informers; {@code client} confirms deletions. */
  public InformerClusterView(
      KubernetesClient client,
      SharedIndexInformer<VirtualMachineInstance> vmis,
      SharedIndexInformer<Pod> pods) {
    this.client = client;
    this.vmis = vmis;
    this.pods = pods;
  }

  @Override
  public Optional<VirtualMachineInstance> vmi(VmiKey key) {
    return Optional.ofNullable(vmis.getStore().getByKey(key.namespace() + "/" + key.name()));
  }

  @Override
  public Optional<Pod> launcherPod(String namespace, String vmiUid) {
    return newest(
        namespace, labels -> Objects.equals(vmiUid, labels.get(KubevirtNames.LABEL_CREATED_BY)));
  }

  @Override
  public Optional<Pod> launcherPodOfVmiName(String namespace, String vmiName) {
    return newest(
        namespace,
        labels -> vmiName.equals(KubevirtNames.vmiNameOfLauncherPod(labels).orElse(null)));
  }

  private Optional<Pod> newest(String namespace, Predicate<Map<String, String>> labels) {
    return pods.getStore().list().stream()
        .filter(p -> namespace.equals(p.getMetadata().getNamespace()))
        .filter(
            p -> p.getMetadata().getLabels() != null && labels.test(p.getMetadata().getLabels()))
        .max(
            Comparator.comparing(
                p -> Optional.ofNullable(p.getMetadata().getCreationTimestamp()).orElse("")));
  }

  @Override
  public boolean vmiGoneFromApi(VmiKey key) {
    return client
            .resources(VirtualMachineInstance.class)
            .inNamespace(key.namespace())
            .withName(key.name())
            .get()
        == null;
  }

  @Override
  public Collection<VirtualMachineInstance> vmis() {
    return vmis.getStore().list();
  }
}
