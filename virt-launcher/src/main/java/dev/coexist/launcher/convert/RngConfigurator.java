package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.Rng;

/** A virtio RNG fed from the host's {@code /dev/urandom} when {@code devices.rng} is set. */
final class RngConfigurator implements DomainConfigurator {

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    VmiParts.devices(vmi)
        .map(Devices::getRng)
        .ifPresent(
            rng -> {
              problems.rejectUnknownFields(VmiParts.DEVICES + ".rng", rng);
              domain.addRng(new Rng("virtio", new Rng.Backend("random", "/dev/urandom")));
            });
  }
}
