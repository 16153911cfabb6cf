package dev.coexist.crds.launcher;

/**
 * A domain's state with libvirt's reason for it.
 *
 * @param name the libvirt domain name ({@code <namespace>_<vmi name>}), or null when absent
 * @param state the state
 * @param reason libvirt's reason in lower case, e.g. {@code booted}, {@code user}, {@code
 *     shutdown}, {@code destroyed}, {@code crashed}; {@code unknown} when libvirt gives none
 */
public record DomainStatus(String name, DomainState state, String reason) {

  /** The status of a launcher with no domain. */
  public static DomainStatus absent() {
    return new DomainStatus(null, DomainState.ABSENT, "unknown");
  }

  /** Whether the guest is running (or paused) in QEMU. */
  public boolean active() {
    return state == DomainState.RUNNING
        || state == DomainState.PAUSED
        || state == DomainState.BLOCKED
        || state == DomainState.SHUTTING_DOWN
        || state == DomainState.PM_SUSPENDED;
  }
}
