package dev.coexist.handler.vmi;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.Collection;
import java.util.Optional;

/** What the handler knows of the cluster: this node's VMIs and launcher pods (informer caches). */
public interface ClusterView {
  /** The VMI with this key, if it is on this node. */
  Optional<VirtualMachineInstance> vmi(VmiKey key);

  /** The launcher pod created for the VMI with this UID, if it is on this node. */
  Optional<Pod> launcherPod(String namespace, String vmiUid);

  /** A launcher pod on this node labelled for the VMI of this name (for deleted VMIs). */
  Optional<Pod> launcherPodOfVmiName(String namespace, String vmiName);

  /** Whether the API server confirms the VMI no longer exists (the cache may lag). */
  boolean vmiGoneFromApi(VmiKey key);

  /** All VMIs on this node. */
  Collection<VirtualMachineInstance> vmis();
}
