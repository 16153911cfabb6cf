package dev.coexist.launcher.network;

import dev.coexist.launcher.domain.Devices;
import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.domain.Interface;
import dev.coexist.launcher.domain.QemuCommandline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replaces each {@code <interface type='user'><backend type='passt'/>} of a domain with a QEMU
 * {@code -netdev stream} to a launcher-run passt ({@code <qemu:commandline>}), keeping MAC, model,
 * alias and the forwarded ports. A pure function of the domain model and the port policy (it used
 * to parse the converter's XML into a DOM and write it back: ~0.1 CPU-s of a cold launcher JVM per
 * VM start, docs/performance.md "VM start, session 5").
 */
public final class PasstAdapter {
  /** PCI slots used for the rewritten NICs (libvirt's own addresses stay below). */
  static final int FIRST_SLOT = 0x10;

  /** The rewritten domain and the passt instances it needs. */
  public record Adapted(Domain domain, List<PasstInterface> interfaces) {}

  private PasstAdapter() {}

  /** Rewrites {@code domain}; passt sockets go to {@code socketDir/passt-<n>.sock}. */
  public static Adapted adapt(Domain domain, Path socketDir, PortPolicy ports) {
    Devices devices = domain.devices();
    List<Interface> nics =
        devices == null || devices.interfaces() == null ? List.of() : devices.interfaces();
    if (nics.stream().noneMatch(PasstAdapter::isPasst)) {
      return new Adapted(domain, List.of());
    }
    String bus = isQ35(domain) ? "pcie.0" : "pci.0";
    List<PasstInterface> out = new ArrayList<>();
    List<Interface> kept = new ArrayList<>();
    List<QemuCommandline.Arg> args =
        new ArrayList<>(
            domain.qemuCommandline() == null ? List.of() : domain.qemuCommandline().args());
    for (Interface nic : nics) {
      if (!isPasst(nic)) {
        kept.add(nic);
        continue;
      }
      int n = out.size();
      String alias = value(nic.alias() == null ? null : nic.alias().name(), "ua-net" + n);
      String mac =
          value(nic.mac() == null ? null : nic.mac().address(), generatedMac(domain.name(), alias));
      String model = value(nic.model() == null ? null : nic.model().type(), "virtio");
      PasstInterface p = passt(nic, alias, mac, socketDir.resolve("passt-" + n + ".sock"), ports);
      out.add(p);
      String netdev = "net-" + alias;
      args.add(new QemuCommandline.Arg("-netdev"));
      args.add(
          new QemuCommandline.Arg(
              "stream,id=" + netdev + ",server=off,addr.type=unix,addr.path=" + p.socket()));
      args.add(new QemuCommandline.Arg("-device"));
      args.add(
          new QemuCommandline.Arg(
              qemuModel(model)
                  + ",netdev="
                  + netdev
                  + ",mac="
                  + mac
                  + ",id="
                  + alias
                  + ",bus="
                  + bus
                  + ",addr=0x"
                  + Integer.toHexString(FIRST_SLOT + n)));
    }
    return new Adapted(rewritten(domain, kept, args), List.copyOf(out));
  }

  private static Domain rewritten(
      Domain d, List<Interface> interfaces, List<QemuCommandline.Arg> args) {
    Devices v = d.devices();
    Devices devices =
        new Devices(
            v.emulator(),
            v.disks(),
            v.controllers(),
            List.copyOf(interfaces),
            v.serials(),
            v.consoles(),
            v.inputs(),
            v.graphics(),
            v.videos(),
            v.watchdog(),
            v.memballoon(),
            v.rngs());
    return new Domain(
        d.type(),
        d.name(),
        d.uuid(),
        d.memory(),
        d.currentMemory(),
        d.vcpu(),
        d.sysinfo(),
        d.os(),
        d.features(),
        d.cpu(),
        d.clock(),
        d.onPoweroff(),
        d.onReboot(),
        d.onCrash(),
        devices,
        new QemuCommandline(args),
        d.qemuOverride());
  }

  private static PasstInterface passt(
      Interface nic, String alias, String mac, Path socket, PortPolicy ports) {
    List<PortForward> forwards = new ArrayList<>();
    for (Interface.PortForward pf :
        nic.portForwards() == null ? List.<Interface.PortForward>of() : nic.portForwards()) {
      String proto = value(pf.proto(), "tcp");
      for (Interface.Range r : pf.ranges() == null ? List.<Interface.Range>of() : pf.ranges()) {
        int end = r.end() == null ? r.start() : r.end();
        for (int port = r.start(); port <= end; port++) {
          forwards.add(ports.forward(proto, port));
        }
      }
    }
    boolean all = forwards.isEmpty() && ports.forwardAllWhenNoneDeclared();
    return new PasstInterface(alias, mac, socket, List.copyOf(forwards), all);
  }

  private static boolean isPasst(Interface nic) {
    return "user".equals(nic.type())
        && nic.backend() != null
        && "passt".equals(nic.backend().type());
  }

  private static String qemuModel(String libvirtModel) {
    return switch (libvirtModel) {
      case "virtio", "virtio-non-transitional", "virtio-transitional" -> "virtio-net-pci";
      default -> libvirtModel;
    };
  }

  private static boolean isQ35(Domain d) {
    return Optional.ofNullable(d.os())
        .map(os -> os.type())
        .map(t -> t.machine())
        .orElse("")
        .contains("q35");
  }

  /** A stable locally administered MAC from the domain name and alias (libvirt's prefix). */
  static String generatedMac(String domainName, String alias) {
    int h = ((domainName == null ? "" : domainName) + "/" + alias).hashCode();
    return String.format("52:54:00:%02x:%02x:%02x", (h >> 16) & 0xff, (h >> 8) & 0xff, h & 0xff);
  }

  private static String value(String v, String fallback) {
    return v == null || v.isEmpty() ? fallback : v;
  }
}
