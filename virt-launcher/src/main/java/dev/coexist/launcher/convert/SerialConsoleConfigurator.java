package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.CharDevice;
import dev.coexist.launcher.domain.DomainBuilder;

/**
 * The serial console: serial port 0 on a unix socket libvirt binds in the socket dir (what {@code
 * virtctl console} reaches through the handler), aliased as console 0, and logged by QEMU to the
 * log dir unless {@code logSerialConsole} is false. None when {@code autoattachSerialConsole} is
 * false.
 */
final class SerialConsoleConfigurator implements DomainConfigurator {

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    boolean attach =
        VmiParts.flag(
            VmiParts.devices(vmi).map(Devices::getAutoattachSerialConsole).orElse(null), true);
    if (!attach) {
      return;
    }
    boolean log =
        VmiParts.flag(VmiParts.devices(vmi).map(Devices::getLogSerialConsole).orElse(null), true);
    CharDevice.Source source = new CharDevice.Source("bind", ctx.serialSocket());
    domain.addSerial(
        new CharDevice(
            "unix",
            source,
            log ? new CharDevice.Log(ctx.serialLog(), "on") : null,
            new CharDevice.Target(null, 0)));
    domain.addConsole(new CharDevice("unix", source, null, new CharDevice.Target("serial", 0)));
  }
}
