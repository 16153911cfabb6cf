package dev.coexist.operator.webhook;

import dev.coexist.crds.cdi.v1beta1.DataVolume;
import dev.coexist.crds.kubevirt.v1.VirtualMachine;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;

/** {@link Workloads} from the API server. */
public final class KubernetesWorkloads implements Workloads {

  private final KubernetesClient client;

  public KubernetesWorkloads(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Inventory list() {
    return new Inventory(
        names(client.resources(VirtualMachine.class).inAnyNamespace().list().getItems()),
        names(client.resources(DataVolume.class).inAnyNamespace().list().getItems()));
  }

  private static List<String> names(List<? extends HasMetadata> items) {
    return items.stream()
        .map(o -> o.getMetadata().getNamespace() + "/" + o.getMetadata().getName())
        .sorted()
        .toList();
  }
}
