package dev.coexist.handler.console;

import dev.coexist.crds.kubevirt.v1.KubevirtNames;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.handler.vmi.ClusterView;
import dev.coexist.handler.vmi.VmiKey;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ClusterView} over maps (the informer caches' stand-in). */
final class MapClusterView implements ClusterView {
  final Map<VmiKey, VirtualMachineInstance> vmis = new ConcurrentHashMap<>();
  final Map<String, Pod> pods = new ConcurrentHashMap<>();

  void put(VirtualMachineInstance vmi) {
    vmis.put(VmiKey.of(vmi), vmi);
  }

  void put(Pod pod) {
    pods.put(pod.getMetadata().getUid(), pod);
  }

  @Override
  public Optional<VirtualMachineInstance> vmi(VmiKey key) {
    return Optional.ofNullable(vmis.get(key));
  }

  @Override
  public Optional<Pod> launcherPod(String namespace, String vmiUid) {
    return pods.values().stream()
        .filter(p -> namespace.equals(p.getMetadata().getNamespace()))
        .filter(p -> vmiUid.equals(p.getMetadata().getLabels().get(KubevirtNames.LABEL_CREATED_BY)))
        .findFirst();
  }

  @Override
  public Optional<Pod> launcherPodOfVmiName(String namespace, String vmiName) {
    return Optional.empty();
  }

  @Override
  public boolean vmiGoneFromApi(VmiKey key) {
    return !vmis.containsKey(key);
  }

  @Override
  public Collection<VirtualMachineInstance> vmis() {
    return vmis.values();
  }
}
