package dev.coexist.handler;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The handler's one {@link KubernetesSerialization}: the Kubernetes client's ({@code Main} builds
 * the client with it) and the status builder's copier. Each instance keeps its own Jackson
 * (de)serializers for every model class it has seen (for a VMI, its whole spec and status tree), so
 * one instance instead of one per use (docs/performance.md, "Control plane memory"). Thread-safe,
 * configured once, never changed.
 */
public final class ModelJson {

  /** The shared instance. */
  public static final KubernetesSerialization SHARED = new KubernetesSerialization();

  private ModelJson() {}
}
