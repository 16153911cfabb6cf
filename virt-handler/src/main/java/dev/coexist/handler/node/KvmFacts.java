package dev.coexist.handler.node;

import java.util.List;
import java.util.Optional;

/**
 * What the host shows about KVM, gathered once by a {@link KvmProbe}.
 *
 * @param devKvmPresent whether {@code /dev/kvm} exists (as a character device)
 * @param kvmPvmLoaded whether the {@code kvm_pvm} module is loaded ({@code /sys/module/kvm_pvm})
 * @param kvmVendorModules the KVM vendor modules that are loaded, e.g. {@code kvm_intel}
 * @param forcedEmulation an operator override: true forces emulation, false forbids it
 */
public record KvmFacts(
    boolean devKvmPresent,
    boolean kvmPvmLoaded,
    List<String> kvmVendorModules,
    Optional<Boolean> forcedEmulation) {

  public KvmFacts {
    kvmVendorModules = List.copyOf(kvmVendorModules);
  }
}
