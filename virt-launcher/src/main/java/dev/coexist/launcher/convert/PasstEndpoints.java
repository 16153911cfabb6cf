package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.Interface;
import dev.coexist.crds.kubevirt.v1.Network;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The passt instances the launcher must run for a VMI in {@link
 * ConverterContext.PasstMode#LAUNCHER} mode, in interface order: one per passt-bound interface
 * (masquerade, passt) that is not absent, or one for KubeVirt's default pod interface. Sockets are
 * named {@code passt<N>.sock} in the socket dir. Empty in {@link
 * ConverterContext.PasstMode#LIBVIRT} mode (libvirt runs passt). Meaningful only for a VMI {@link
 * DomainConverter} accepts.
 */
public final class PasstEndpoints {
  /** Default interface KubeVirt attaches when a VMI has no interfaces and no networks. */
  static final String DEFAULT_INTERFACE = "default";

  private PasstEndpoints() {}

  /** The endpoints the domain for this VMI and context connects to. */
  public static List<PasstEndpoint> of(VirtualMachineInstance vmi, ConverterContext ctx) {
    List<Interface> interfaces =
        VmiParts.list(VmiParts.devices(vmi).map(Devices::getInterfaces).orElse(null));
    List<Network> networks =
        VmiParts.list(VmiParts.spec(vmi).map(VirtualMachineInstanceSpec::getNetworks).orElse(null));
    List<PasstEndpoint> endpoints = new ArrayList<>();
    if (ctx.passt() != ConverterContext.PasstMode.LAUNCHER) {
      return endpoints;
    }
    if (defaultInterface(vmi, interfaces, networks)) {
      endpoints.add(endpoint(DEFAULT_INTERFACE, 0, new PortForwards(List.of(), List.of()), ctx));
      return endpoints;
    }
    Problems ignored = new Problems();
    for (Interface iface : interfaces) {
      if (iface.getName() == null || "absent".equals(iface.getState())) {
        continue;
      }
      if (InterfaceChecks.binding(iface, "", ignored) == InterfaceConfigurator.Binding.PASST) {
        PortForwards ports = PortForwards.of(VmiParts.list(iface.getPorts()), "", ignored);
        endpoints.add(endpoint(iface.getName(), endpoints.size(), ports, ctx));
      }
    }
    return endpoints;
  }

  static boolean defaultInterface(
      VirtualMachineInstance vmi, List<Interface> interfaces, List<Network> networks) {
    boolean autoattach =
        VmiParts.flag(
            VmiParts.devices(vmi).map(Devices::getAutoattachPodInterface).orElse(null), true);
    return interfaces.isEmpty() && networks.isEmpty() && autoattach;
  }

  private static PasstEndpoint endpoint(
      String name, int index, PortForwards ports, ConverterContext ctx) {
    return new PasstEndpoint(
        name, "passt" + index, ctx.passtSocket(index), ports.tcp(), ports.udp(), ports.none());
  }
}
