package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;

/**
 * One concern of the conversion (CPU, memory, disks, ...). Reads the VMI and the host facts, sets
 * the parts of the domain it owns, and reports what it cannot convert instead of dropping it.
 */
@FunctionalInterface
public interface DomainConfigurator {

  /**
   * Configures this concern.
   *
   * @param vmi the VMI to convert; never modified
   * @param ctx host facts
   * @param domain the domain being assembled
   * @param problems where to report unsupported or invalid fields (conversion goes on, so that
   *     every problem is reported at once)
   */
  void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems);
}
