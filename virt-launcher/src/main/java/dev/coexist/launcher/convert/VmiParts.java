package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import java.util.List;
import java.util.Optional;

/** Null-safe access to the parts of a VMI spec the configurators read. */
final class VmiParts {
  static final String DOMAIN = "spec.domain";
  static final String DEVICES = DOMAIN + ".devices";

  private VmiParts() {}

  static Optional<VirtualMachineInstanceSpec> spec(VirtualMachineInstance vmi) {
    return Optional.ofNullable(vmi.getSpec());
  }

  static Optional<DomainSpec> domain(VirtualMachineInstance vmi) {
    return spec(vmi).map(VirtualMachineInstanceSpec::getDomain);
  }

  static Optional<Devices> devices(VirtualMachineInstance vmi) {
    return domain(vmi).map(DomainSpec::getDevices);
  }

  static <T> List<T> list(List<T> maybe) {
    return maybe == null ? List.of() : maybe;
  }

  /** A Boolean that defaults when absent. */
  static boolean flag(Boolean value, boolean absent) {
    return value == null ? absent : value;
  }
}
