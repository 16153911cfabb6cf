package dev.coexist.handler.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the host: {@code <dev>/kvm} and {@code <sysModule>/{kvm_pvm,kvm_intel,kvm_amd}} (the
 * DaemonSet mounts the host's {@code /dev} and {@code /sys}, see docs/handler.md).
 */
public final class HostKvmProbe implements KvmProbe {
  private static final List<String> VENDOR_MODULES = List.of("kvm_intel", "kvm_amd");
  private final Path devKvm;
  private final Path sysModule;
  private final Optional<Boolean> forcedEmulation;

  /** A probe of these paths, with an optional configured override. */
  public HostKvmProbe(Path devKvm, Path sysModule, Optional<Boolean> forcedEmulation) {
    this.devKvm = devKvm;
    this.sysModule = sysModule;
    this.forcedEmulation = forcedEmulation;
  }

  @Override
  public KvmFacts probe() {
    List<String> vendors = new ArrayList<>();
    for (String m : VENDOR_MODULES) {
      if (Files.isDirectory(sysModule.resolve(m))) {
        vendors.add(m);
      }
    }
    return new KvmFacts(
        Files.exists(devKvm),
        Files.isDirectory(sysModule.resolve("kvm_pvm")),
        vendors,
        forcedEmulation);
  }
}
