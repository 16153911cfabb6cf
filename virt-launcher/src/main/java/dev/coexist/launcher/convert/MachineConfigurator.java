package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Machine;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.Os;
import java.util.List;
import java.util.Optional;

/**
 * Machine type: the VMI's {@code machine.type} or the context default. KubeVirt's RHEL-only
 * versioned names ({@code pc-q35-rhel9.2.0}) do not exist in upstream QEMU; they become the
 * unversioned alias of the same chipset ({@code q35}, {@code pc}).
 */
final class MachineConfigurator implements DomainConfigurator {
  private static final String FIELD = "spec.domain.machine.type";

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    Optional<Machine> machine = VmiParts.domain(vmi).map(DomainSpec::getMachine);
    machine.ifPresent(m -> problems.rejectUnknownFields("spec.domain.machine", m));
    String requested = machine.map(Machine::getType).orElse(ctx.defaultMachineType());
    String type = libvirtMachine(requested);
    if (type == null) {
      problems.unsupportedValue(
          FIELD, requested, List.of("q35", "pc", "pc-q35-<version>", "pc-i440fx-<version>"));
      type = ctx.defaultMachineType();
    }
    domain.osType(new Os.Type(ctx.arch(), type, "hvm"));
  }

  /** The libvirt machine for a VMI machine type, or null when it is not an x86 PC chipset. */
  static String libvirtMachine(String requested) {
    if (requested.equals("q35") || requested.equals("pc")) {
      return requested;
    }
    if (requested.startsWith("pc-q35-rhel")) {
      return "q35";
    }
    if (requested.startsWith("pc-i440fx-rhel")) {
      return "pc";
    }
    if (requested.startsWith("pc-q35-") || requested.startsWith("pc-i440fx-")) {
      return requested;
    }
    return null;
  }

  /** True for the q35 chipset (SATA built in, required by secure boot). */
  static boolean isQ35(String libvirtMachine) {
    return libvirtMachine.equals("q35") || libvirtMachine.startsWith("pc-q35-");
  }
}
