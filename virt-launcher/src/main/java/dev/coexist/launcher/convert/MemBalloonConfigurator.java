package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.MemBalloon;

/**
 * The virtio memory balloon with 10-second statistics (KubeVirt's default), or explicitly none when
 * {@code autoattachMemBalloon} is false.
 */
final class MemBalloonConfigurator implements DomainConfigurator {
  static final int STATS_PERIOD_SECONDS = 10;

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    boolean attach =
        VmiParts.flag(
            VmiParts.devices(vmi).map(Devices::getAutoattachMemBalloon).orElse(null), true);
    domain.memballoon(
        attach
            ? new MemBalloon("virtio", new MemBalloon.Stats(STATS_PERIOD_SECONDS))
            : MemBalloon.NONE);
  }
}
