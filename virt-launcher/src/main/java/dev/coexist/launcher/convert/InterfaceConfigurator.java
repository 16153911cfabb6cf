package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.Interface;
import dev.coexist.crds.kubevirt.v1.Network;
import dev.coexist.crds.kubevirt.v1.PodNetwork;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstanceSpec;
import dev.coexist.launcher.domain.BootOrder;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.QemuOverride;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Network interfaces. {@code masquerade} (and the passt bindings) on the pod network become a
 * user-mode NIC on passt: the guest shares the pod's address and the declared ports (all ports when
 * none are declared) are forwarded to it. Who runs passt is {@link ConverterContext#passt()}:
 * libvirt ({@code <backend type='passt'/>} with {@code <portForward>}), or the launcher ({@link
 * PasstEndpoints}), in which case {@code <qemu:commandline>} adds the passt stream netdev and
 * {@code <qemu:override>} points the NIC at it (libvirt still owns the NIC's address, MAC, boot
 * order and link state) because Debian 12's libvirt 9.0 has its passt backend patched out. {@code
 * bridge} attaches to the host bridge the launcher names in the context. Without interfaces and
 * networks the VMI gets KubeVirt's default: masquerade on the pod network.
 */
final class InterfaceConfigurator implements DomainConfigurator {
  private static final String INTERFACES = VmiParts.DEVICES + ".interfaces";
  private static final List<String> MODELS =
      List.of("virtio", "e1000", "e1000e", "igb", "ne2k_pci", "pcnet", "rtl8139");
  private static final Pattern MAC =
      Pattern.compile("[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(\\1[0-9a-fA-F]{2}){4}");
  private static final List<String> STATES = List.of("up", "down", "absent");

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    List<Interface> interfaces =
        VmiParts.list(VmiParts.devices(vmi).map(Devices::getInterfaces).orElse(null));
    List<Network> networks =
        VmiParts.list(VmiParts.spec(vmi).map(VirtualMachineInstanceSpec::getNetworks).orElse(null));
    Map<String, PasstEndpoint> endpoints = new HashMap<>();
    PasstEndpoints.of(vmi, ctx).forEach(e -> endpoints.put(e.interfaceName(), e));
    if (endpoints.size() > ConverterContext.MAX_PASST_INTERFACES) {
      problems.unsupportedValue(
          INTERFACES, endpoints.size() + " masquerade interfaces", List.of("at most 100"));
    }
    if (PasstEndpoints.defaultInterface(vmi, interfaces, networks)) {
      Nic nic = new Nic(PasstEndpoints.DEFAULT_INTERFACE, null, "virtio", null, null);
      domain.addInterface(passt(nic, NO_PORTS, ctx, endpoints.get(nic.name()), domain));
      return;
    }
    Map<String, Network> byName = networksByName(networks, problems);
    Set<String> used = new HashSet<>();
    for (int i = 0; i < interfaces.size(); i++) {
      Interface iface = interfaces.get(i);
      String field = INTERFACES + "[" + i + "]";
      Network network = iface.getName() == null ? null : byName.get(iface.getName());
      if (iface.getName() == null || !used.add(iface.getName())) {
        problems.invalid(field + ".name", iface.getName() == null ? "required" : "duplicate name");
        continue;
      }
      if (network == null) {
        problems.invalid(
            field + ".name", "no network named \"" + iface.getName() + "\" in spec.networks");
        continue;
      }
      InterfaceChecks.checkUnsupported(iface, field, problems);
      String state = iface.getState() == null ? "up" : iface.getState();
      if (!STATES.contains(state)) {
        problems.unsupportedValue(field + ".state", state, STATES);
      }
      if (!"absent".equals(state)) {
        dev.coexist.launcher.domain.Interface nic =
            nic(iface, network, field, ctx, endpoints.get(iface.getName()), domain, problems);
        if (nic != null) {
          domain.addInterface(nic);
        }
      }
    }
    for (int j = 0; j < networks.size(); j++) {
      if (networks.get(j).getName() != null && !used.contains(networks.get(j).getName())) {
        problems.invalid(
            "spec.networks[" + j + "]",
            "no interface in "
                + INTERFACES
                + " uses network \""
                + networks.get(j).getName()
                + "\"");
      }
    }
  }

  private static Map<String, Network> networksByName(List<Network> networks, Problems problems) {
    Map<String, Network> byName = new HashMap<>();
    for (int j = 0; j < networks.size(); j++) {
      Network network = networks.get(j);
      String field = "spec.networks[" + j + "]";
      problems.rejectUnknownFields(field, network);
      if (network.getResourceClaim() != null) {
        problems.unsupported(field + ".resourceClaim");
      }
      PodNetwork pod = network.getPod();
      if (pod != null) {
        problems.rejectUnknownFields(field + ".pod", pod);
        if (pod.getVmNetworkCIDR() != null) {
          problems.unsupported(field + ".pod.vmNetworkCIDR");
        }
        if (pod.getVmIPv6NetworkCIDR() != null) {
          problems.unsupported(field + ".pod.vmIPv6NetworkCIDR");
        }
      }
      if (network.getName() == null) {
        problems.invalid(field + ".name", "required");
      } else if (byName.putIfAbsent(network.getName(), network) != null) {
        problems.invalid(field + ".name", "duplicate network name");
      }
    }
    return byName;
  }

  private static dev.coexist.launcher.domain.Interface nic(
      Interface iface,
      Network network,
      String field,
      ConverterContext ctx,
      PasstEndpoint endpoint,
      DomainBuilder domain,
      Problems problems) {
    String model = iface.getModel() == null ? "virtio" : iface.getModel();
    if (!MODELS.contains(model)) {
      problems.unsupportedValue(field + ".model", model, MODELS);
    }
    String mac = mac(iface.getMacAddress(), field, problems);
    Integer bootOrder = iface.getBootOrder();
    if (bootOrder != null && bootOrder < 1) {
      problems.invalid(field + ".bootOrder", "must be at least 1, got " + bootOrder);
    }
    BootOrder boot = bootOrder == null ? null : new BootOrder(bootOrder);
    String link = "down".equals(iface.getState()) ? "down" : null;
    Binding binding = InterfaceChecks.binding(iface, field, problems);
    if (binding == Binding.BRIDGE) {
      if (iface.getPorts() != null && !iface.getPorts().isEmpty()) {
        problems.invalid(field + ".ports", "ports are only forwarded with masquerade or passt");
      }
      String bridge = ctx.bridges().get(iface.getName());
      if (bridge == null) {
        problems.unresolved(
            field + ".bridge", "the launcher provided no bridge for this interface");
        return null;
      }
      return new dev.coexist.launcher.domain.Interface(
          "bridge",
          mac == null ? null : new dev.coexist.launcher.domain.Interface.Mac(mac),
          new dev.coexist.launcher.domain.Interface.Source(bridge),
          List.of(),
          new dev.coexist.launcher.domain.Interface.Model(model),
          null,
          new dev.coexist.launcher.domain.Interface.Alias("ua-" + iface.getName()),
          link == null ? null : new dev.coexist.launcher.domain.Interface.Link(link),
          boot);
    }
    if (binding == Binding.PASST && network.getPod() == null) {
      problems.invalid(field, "masquerade and passt need the pod network");
    }
    PortForwards ports =
        PortForwards.of(VmiParts.list(iface.getPorts()), field + ".ports", problems);
    if (binding != Binding.PASST) {
      return null;
    }
    return passt(new Nic(iface.getName(), mac, model, link, boot), ports, ctx, endpoint, domain);
  }

  /** The libvirt-side settings of a NIC. */
  private record Nic(String name, String mac, String model, String link, BootOrder boot) {
    dev.coexist.launcher.domain.Interface.Mac macElement() {
      return mac == null ? null : new dev.coexist.launcher.domain.Interface.Mac(mac);
    }

    dev.coexist.launcher.domain.Interface.Link linkElement() {
      return link == null ? null : new dev.coexist.launcher.domain.Interface.Link(link);
    }
  }

  private static final PortForwards NO_PORTS = new PortForwards(List.of(), List.of());

  private static dev.coexist.launcher.domain.Interface passt(
      Nic nic,
      PortForwards ports,
      ConverterContext ctx,
      PasstEndpoint endpoint,
      DomainBuilder domain) {
    if (ctx.passt() == ConverterContext.PasstMode.LAUNCHER) {
      return launcherPasst(nic, endpoint, domain);
    }
    List<dev.coexist.launcher.domain.Interface.PortForward> forwards = new ArrayList<>();
    if (ports.none()) {
      forwards.add(new dev.coexist.launcher.domain.Interface.PortForward("tcp", List.of()));
      forwards.add(new dev.coexist.launcher.domain.Interface.PortForward("udp", List.of()));
    }
    addForward(forwards, "tcp", ports.tcp());
    addForward(forwards, "udp", ports.udp());
    return new dev.coexist.launcher.domain.Interface(
        "user",
        nic.macElement(),
        null,
        forwards,
        new dev.coexist.launcher.domain.Interface.Model(nic.model()),
        new dev.coexist.launcher.domain.Interface.Backend("passt", null),
        new dev.coexist.launcher.domain.Interface.Alias("ua-" + nic.name()),
        nic.linkElement(),
        nic.boot());
  }

  private static void addForward(
      List<dev.coexist.launcher.domain.Interface.PortForward> forwards,
      String proto,
      List<Integer> ports) {
    if (!ports.isEmpty()) {
      forwards.add(
          new dev.coexist.launcher.domain.Interface.PortForward(
              proto,
              ports.stream()
                  .map(p -> new dev.coexist.launcher.domain.Interface.Range(p, null))
                  .toList()));
    }
  }

  /**
   * A libvirt user-mode NIC whose netdev is replaced by the passt stream of {@code endpoint}: the
   * netdev goes on the QEMU command line, the override points the NIC (by its alias) at it.
   */
  private static dev.coexist.launcher.domain.Interface launcherPasst(
      Nic nic, PasstEndpoint endpoint, DomainBuilder domain) {
    Objects.requireNonNull(endpoint, () -> "no passt endpoint for interface " + nic.name());
    String alias = "ua-" + nic.name();
    domain.addQemuArgs(
        "-netdev",
        "stream,id="
            + endpoint.netdevId()
            + ",server=off,addr.type=unix,addr.path="
            + endpoint.socket());
    domain.overrideQemuProperty(
        alias, new QemuOverride.Property("netdev", "string", endpoint.netdevId()));
    return new dev.coexist.launcher.domain.Interface(
        "user",
        nic.macElement(),
        null,
        List.of(),
        new dev.coexist.launcher.domain.Interface.Model(nic.model()),
        null,
        new dev.coexist.launcher.domain.Interface.Alias(alias),
        nic.linkElement(),
        nic.boot());
  }

  private static String mac(String mac, String field, Problems problems) {
    if (mac == null) {
      return null;
    }
    if (!MAC.matcher(mac).matches()) {
      problems.invalid(field + ".macAddress", "not a MAC address: \"" + mac + "\"");
      return null;
    }
    String normalized = mac.replace('-', ':').toLowerCase(Locale.ROOT);
    if ((Integer.parseInt(normalized.substring(0, 2), 16) & 1) == 1) {
      problems.invalid(field + ".macAddress", "a multicast address cannot be a NIC's: " + mac);
    }
    return normalized;
  }

  /** How an interface connects. */
  enum Binding {
    PASST,
    BRIDGE,
    UNSUPPORTED
  }
}
