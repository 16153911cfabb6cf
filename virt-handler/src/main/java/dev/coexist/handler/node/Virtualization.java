package dev.coexist.handler.node;

/**
 * The node's decision: KVM or software emulation (TCG), with a reason.
 *
 * @param emulation true when guests must run under TCG (libvirt type {@code qemu})
 * @param reason a CamelCase reason, e.g. {@link #NO_DEV_KVM}
 * @param message a sentence for people
 */
public record Virtualization(boolean emulation, String reason, String message) {
  /** /dev/kvm is absent. */
  public static final String NO_DEV_KVM = "NoDevKvm";

  /** /dev/kvm is kvm_pvm, which cannot boot stock kernels. */
  public static final String KVM_PVM = "KvmPvm";

  /** /dev/kvm is a usable hardware KVM. */
  public static final String KVM = "Kvm";

  /** Forced by configuration (COEXIST_USE_EMULATION). */
  public static final String CONFIGURED = "Configured";
}
