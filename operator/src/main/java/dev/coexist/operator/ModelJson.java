package dev.coexist.operator;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The operator's one {@link KubernetesSerialization}: the Kubernetes client's ({@code Main} builds
 * the client with it) and the pure builders' (HyperConverged operands, webhook). Each instance
 * keeps its own Jackson (de)serializers for every model class it has seen — for a DaemonSet or a
 * Pod the whole PodSpec tree — so seven instances held seven copies of that metadata in the heap
 * (docs/performance.md, "Control plane memory"). Thread-safe, configured once, never changed.
 */
public final class ModelJson {

  /** The shared instance. */
  public static final KubernetesSerialization SHARED = new KubernetesSerialization();

  private ModelJson() {}
}
