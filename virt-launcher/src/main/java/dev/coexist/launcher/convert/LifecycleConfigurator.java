package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import java.util.List;

/**
 * What libvirt does when the guest powers off, reboots or crashes: QEMU stops on power-off and
 * crash (the VMI's phase follows), a reboot restarts the guest unless {@code rebootPolicy} is
 * {@code Terminate}.
 */
final class LifecycleConfigurator implements DomainConfigurator {
  private static final List<String> REBOOT_POLICIES = List.of("Reboot", "Terminate");

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    String policy = VmiParts.domain(vmi).map(DomainSpec::getRebootPolicy).orElse("Reboot");
    if (!REBOOT_POLICIES.contains(policy)) {
      problems.unsupportedValue("spec.domain.rebootPolicy", policy, REBOOT_POLICIES);
    }
    domain.onPoweroff("destroy");
    domain.onReboot("Terminate".equals(policy) ? "destroy" : "restart");
    domain.onCrash("destroy");
  }
}
