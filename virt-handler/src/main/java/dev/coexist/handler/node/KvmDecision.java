package dev.coexist.handler.node;

/**
 * Decides once per node whether guests run under KVM or software emulation. Pure.
 *
 * <ul>
 *   <li>a configured override wins;
 *   <li>no {@code /dev/kvm}: emulation;
 *   <li>{@code /dev/kvm} provided by {@code kvm_pvm} (a paravirtual KVM that cannot boot stock
 *       kernels): emulation;
 *   <li>otherwise KVM.
 * </ul>
 */
public final class KvmDecision {
  private KvmDecision() {}

  /** The decision for these facts. */
  public static Virtualization decide(KvmFacts facts) {
    if (facts.forcedEmulation().isPresent()) {
      boolean emulate = facts.forcedEmulation().get();
      return new Virtualization(
          emulate,
          Virtualization.CONFIGURED,
          emulate ? "software emulation forced by configuration" : "KVM forced by configuration");
    }
    if (!facts.devKvmPresent()) {
      return new Virtualization(
          true, Virtualization.NO_DEV_KVM, "/dev/kvm is absent: software emulation (TCG)");
    }
    if (facts.kvmPvmLoaded()) {
      return new Virtualization(
          true,
          Virtualization.KVM_PVM,
          "/dev/kvm is kvm_pvm, which cannot boot stock kernels: software emulation (TCG)");
    }
    String vendor =
        facts.kvmVendorModules().isEmpty() ? "kvm" : String.join(",", facts.kvmVendorModules());
    return new Virtualization(false, Virtualization.KVM, "/dev/kvm (" + vendor + ") is usable");
  }
}
