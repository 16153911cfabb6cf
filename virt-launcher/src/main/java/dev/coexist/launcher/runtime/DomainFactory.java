package dev.coexist.launcher.runtime;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.volumes.ResolvedVolume;
import java.util.Map;

/** VMI + resolved volumes → libvirt domain: the converter, as the runtime sees it. */
@FunctionalInterface
public interface DomainFactory {
  /**
   * The domain for this VMI; throws an exception naming the field path when the VMI is invalid or
   * uses a feature coexist does not support.
   */
  Domain domain(VirtualMachineInstance vmi, Map<String, ResolvedVolume> volumes);
}
