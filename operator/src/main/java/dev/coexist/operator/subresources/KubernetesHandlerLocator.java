package dev.coexist.operator.subresources;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;

/**
 * {@link HandlerLocator} by the API: the Running virt-handler pod (label selector) whose {@code
 * spec.nodeName} is the VMI's {@code status.nodeName}; its pod IP.
 */
public final class KubernetesHandlerLocator implements HandlerLocator {
  private final KubernetesClient kube;
  private final String namespace;
  private final String selector;

  /** Handlers in this namespace matching {@code key=value}. */
  public KubernetesHandlerLocator(KubernetesClient kube, String namespace, String selector) {
    this.kube = kube;
    this.namespace = namespace;
    this.selector = selector;
  }

  @Override
  public String address(VirtualMachineInstance vmi) {
    String node =
        VmiActions.node(vmi)
            .orElseThrow(
                () ->
                    new HandlerClient.HandlerUnavailableException(
                        "VMI " + vmi.getMetadata().getName() + " is not scheduled to a node",
                        null));
    String[] sel = selector.split("=", 2);
    List<Pod> pods =
        kube.pods()
            .inNamespace(namespace)
            .withLabel(sel[0], sel.length > 1 ? sel[1] : null)
            .withField("spec.nodeName", node)
            .list()
            .getItems();
    return pods.stream()
        .filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()))
        .map(p -> p.getStatus().getPodIP())
        .filter(ip -> ip != null && !ip.isEmpty())
        .findFirst()
        .orElseThrow(
            () ->
                new HandlerClient.HandlerUnavailableException(
                    "no running virt-handler ("
                        + selector
                        + ") in namespace "
                        + namespace
                        + " on node "
                        + node,
                    null));
  }
}
