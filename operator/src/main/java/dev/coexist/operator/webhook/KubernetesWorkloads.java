package dev.coexist.operator.webhook;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Optional;

/**
 * {@link Workloads} from the API server: all namespaces (what the operator uses), or one namespace
 * (ITs on a cluster shared with other tests' VMs).
 */
public final class KubernetesWorkloads implements Workloads {

  private final KubernetesClient client;
  private final Optional<String> namespace;

  /** All namespaces. */
  public KubernetesWorkloads(KubernetesClient client) {
    this(client, Optional.empty());
  }

  public KubernetesWorkloads(KubernetesClient client, Optional<String> namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  @Override
  public Inventory list() {
    return new Inventory(
        names(
            namespace
                .map(n -> client.resources(VirtualMachine.class).inNamespace(n).list())
                .orElseGet(() -> client.resources(VirtualMachine.class).inAnyNamespace().list())
                .getItems()),
        names(
            namespace
                .map(n -> client.resources(DataVolume.class).inNamespace(n).list())
                .orElseGet(() -> client.resources(DataVolume.class).inAnyNamespace().list())
                .getItems()));
  }

  private static List<String> names(List<? extends HasMetadata> items) {
    return items.stream()
        .map(o -> o.getMetadata().getNamespace() + "/" + o.getMetadata().getName())
        .sorted()
        .toList();
  }
}
