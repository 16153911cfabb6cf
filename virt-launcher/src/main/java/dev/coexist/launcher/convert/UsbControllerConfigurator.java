package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.Controller;
import dev.coexist.launcher.domain.DomainBuilder;

/**
 * The USB controller: an xHCI controller when a USB disk or input device was configured, else
 * explicitly none (as KubeVirt), so libvirt adds no default controller. Runs after the disk and
 * input configurators.
 */
final class UsbControllerConfigurator implements DomainConfigurator {

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    boolean usb =
        domain.disks().stream().anyMatch(d -> "usb".equals(d.target().bus()))
            || domain.inputs().stream().anyMatch(i -> "usb".equals(i.bus()));
    domain.ensureController(new Controller("usb", 0, usb ? "qemu-xhci" : "none"));
  }
}
