package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.Features;
import dev.coexist.launcher.domain.ScaledInteger;
import java.util.List;
import java.util.Optional;

/**
 * Accelerator and emulator: {@code type='qemu'} with a bounded TCG translation cache under
 * emulation, {@code type='kvm'} otherwise; the QEMU binary; the architecture check.
 */
final class HypervisorConfigurator implements DomainConfigurator {
  /** VMI {@code spec.architecture} values and the libvirt arch they mean. */
  private static final List<String> AMD64 = List.of("amd64", "x86_64");

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    domain.type(ctx.emulation() ? "qemu" : "kvm");
    domain.emulator(ctx.emulator());
    if (ctx.emulation() && ctx.tcgTbCacheMiB() != null) {
      domain.tcg(new Features.Tcg(ScaledInteger.mib(ctx.tcgTbCacheMiB())));
    }
    Optional<String> arch = VmiParts.spec(vmi).map(VirtualMachineInstanceSpec::getArchitecture);
    if (arch.isPresent() && !(AMD64.contains(arch.get()) && "x86_64".equals(ctx.arch()))) {
      problems.unsupportedValue("spec.architecture", arch.get(), List.of("amd64"));
    }
  }
}
