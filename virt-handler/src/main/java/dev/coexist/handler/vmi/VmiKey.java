package dev.coexist.handler.vmi;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** A VMI's namespace and name: the work queue key. */
public record VmiKey(String namespace, String name) {
  /** The key of an object. */
  public static VmiKey of(HasMetadata o) {
    return new VmiKey(o.getMetadata().getNamespace(), o.getMetadata().getName());
  }

  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
