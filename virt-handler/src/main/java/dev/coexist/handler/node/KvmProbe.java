package dev.coexist.handler.node;

/** Looks at the host for KVM facts. */
@FunctionalInterface
public interface KvmProbe {
  /** The facts as they are now. */
  KvmFacts probe();
}
