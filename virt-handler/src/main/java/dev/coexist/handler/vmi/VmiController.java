package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches this node's VMIs ({@code kubevirt.io/nodeName=<node>}) and launcher pods ({@code
 * spec.nodeName=<node>}, {@code kubevirt.io=virt-launcher}); every event only queues the VMI's key.
 */
public final class VmiController implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VmiController.class);

  private final SharedIndexInformer<VirtualMachineInstance> vmiInformer;
  private final SharedIndexInformer<Pod> podInformer;
  private final ClusterView view;

  /** Informers (not started) scoped to this node, queueing into {@code enqueue}. */
  public VmiController(KubernetesClient client, String nodeName, Consumer<VmiKey> enqueue) {
    podInformer =
        client
            .pods()
            .inAnyNamespace()
            .withLabel(KubevirtNames.LABEL_APP, KubevirtNames.LAUNCHER_COMPONENT)
            .withField("spec.nodeName", nodeName)
            .runnableInformer(0);
    vmiInformer =
        client
            .resources(VirtualMachineInstance.class)
            .inAnyNamespace()
            .withLabel(KubevirtNames.LABEL_NODE_NAME, nodeName)
            .runnableInformer(0);
    vmiInformer.addEventHandler(handler(o -> Optional.of(VmiKey.of(o)), enqueue));
    podInformer.addEventHandler(
        handler(
            p ->
                KubevirtNames.vmiNameOfLauncherPod(p.getMetadata().getLabels())
                    .map(n -> new VmiKey(p.getMetadata().getNamespace(), n)),
            enqueue));
    view = new InformerClusterView(client, vmiInformer, podInformer);
  }

  private static <T extends HasMetadata> ResourceEventHandler<T> handler(
      Function<T, Optional<VmiKey>> key, Consumer<VmiKey> enqueue) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(T obj) {
        key.apply(obj).ifPresent(enqueue);
      }

      @Override
      public void onUpdate(T oldObj, T newObj) {
        key.apply(newObj).ifPresent(enqueue);
      }

      @Override
      public void onDelete(T obj, boolean deletedFinalStateUnknown) {
        key.apply(obj).ifPresent(enqueue);
      }
    };
  }

  /**
   * Starts the pod informer, then the VMI informer; returns once both listed. Start the workers
   * only after this: a pod seen before its VMI would look like the launcher of a deleted VMI.
   */
  public void start() {
    podInformer.run();
    vmiInformer.run();
    LOG.info(
        "watching {} VMIs and {} launcher pods on this node",
        vmiInformer.getStore().list().size(),
        podInformer.getStore().list().size());
  }

  /** The informer caches. */
  public ClusterView view() {
    return view;
  }

  /** Whether both informers have listed. */
  public boolean hasSynced() {
    return vmiInformer.hasSynced() && podInformer.hasSynced();
  }

  /** Whether both informers are watching. */
  public boolean isWatching() {
    return vmiInformer.isWatching() && podInformer.isWatching();
  }

  @Override
  public void close() {
    vmiInformer.close();
    podInformer.close();
  }
}
