package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.podNetwork;
import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withBridge;
import static dev.coexist.launcher.convert.TestVmis.withDevices;
import static dev.coexist.launcher.convert.TestVmis.withInterface;
import static dev.coexist.launcher.convert.TestVmis.withMasquerade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.Interface;
import dev.coexist.crds.kubevirt.v1.InterfaceMasquerade;
import dev.coexist.crds.kubevirt.v1.InterfaceSriov;
import dev.coexist.crds.kubevirt.v1.MultusNetwork;
import dev.coexist.crds.kubevirt.v1.Network;
import dev.coexist.crds.kubevirt.v1.PluginBinding;
import dev.coexist.crds.kubevirt.v1.Port;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.QemuCommandline;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InterfaceConfiguratorTest {
  private static final String SOCKETS = TestContexts.SOCKET_DIR;

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of(
            "no interfaces, no networks: default masquerade, all ports",
            vmi(),
            "<interface type='user'><model type='virtio'/><alias name='ua-default'/></interface>",
            List.of("default passt0 " + SOCKETS + "/passt0.sock tcp=[] udp=[] all=true")),
        Arguments.of(
            "masquerade with declared ports, sorted per protocol",
            vmi(
                withMasquerade("default", 8080, 80),
                withDevices(d -> d.getInterfaces().get(0).getPorts().add(port("dns", "UDP", 53)))),
            "<interface type='user'><model type='virtio'/><alias name='ua-default'/></interface>",
            List.of(
                "default passt0 " + SOCKETS + "/passt0.sock tcp=[80, 8080] udp=[53] all=false")),
        Arguments.of(
            "MAC normalized, e1000 model, boot order, link down",
            vmi(
                withMasquerade("default", 22),
                withDevices(
                    d -> {
                      Interface i = d.getInterfaces().get(0);
                      i.setMacAddress("02-00-00-AB-CD-EF");
                      i.setModel("e1000");
                      i.setBootOrder(2);
                      i.setState("down");
                    })),
            "<interface type='user'><mac address='02:00:00:ab:cd:ef'/>"
                + "<model type='e1000'/><alias name='ua-default'/>"
                + "<link state='down'/><boot order='2'/></interface>",
            List.of("default passt0 " + SOCKETS + "/passt0.sock tcp=[22] udp=[] all=false")),
        Arguments.of(
            "bridge to the bridge the launcher named",
            vmi(withBridge("default")),
            "<interface type='bridge'><source bridge='k6t-eth0'/><model type='virtio'/>"
                + "<alias name='ua-default'/></interface>",
            List.of()),
        Arguments.of(
            "passt plugin binding after a bridge, and an absent interface",
            vmi(
                withBridge("default"),
                withInterface(binding("pt", "passt"), podNetwork("pt")),
                withInterface(absent("gone"), multus("gone"))),
            "<interface type='bridge'><source bridge='k6t-eth0'/><model type='virtio'/>"
                + "<alias name='ua-default'/></interface>"
                + "<interface type='user'><model type='virtio'/><alias name='ua-pt'/></interface>",
            List.of("pt passt0 " + SOCKETS + "/passt0.sock tcp=[] udp=[] all=true")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void converts(String name, VirtualMachineInstance vmi, String expected, List<String> endpoints) {
    ConverterContext ctx =
        TestContexts.builderFor(vmi, Set.of()).bridges(Map.of("default", "k6t-eth0")).build();

    Harness.Outcome out = Harness.run(vmi, ctx, new InterfaceConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(Harness.fragments("interface", out.domain().devices().interfaces()))
        .isEqualTo(Harness.compact(expected));
    List<PasstEndpoint> passt = PasstEndpoints.of(vmi, ctx);
    assertThat(passt)
        .map(
            e ->
                String.join(
                    " ",
                    e.interfaceName(),
                    e.netdevId(),
                    e.socket(),
                    "tcp=" + e.tcpPorts(),
                    "udp=" + e.udpPorts(),
                    "all=" + e.allPorts()))
        .containsExactlyElementsOf(endpoints);
    assertThat(
            out.domain().qemuCommandline() == null
                ? List.of()
                : out.domain().qemuCommandline().args())
        .map(QemuCommandline.Arg::value)
        .containsExactlyElementsOf(
            passt.stream()
                .flatMap(
                    e ->
                        Stream.of(
                            "-netdev",
                            "stream,id="
                                + e.netdevId()
                                + ",server=off,addr.type=unix,addr.path="
                                + e.socket()))
                .toList());
    assertThat(
            out.domain().qemuOverride() == null ? List.of() : out.domain().qemuOverride().devices())
        .map(d -> d.alias() + "=" + d.frontend().properties().get(0).value())
        .containsExactlyElementsOf(
            passt.stream().map(e -> "ua-" + e.interfaceName() + "=" + e.netdevId()).toList());
  }

  private static final String ALL_PORTS = "<portForward proto='tcp'/><portForward proto='udp'/>";

  static Stream<Arguments> libvirtPasst() {
    return Stream.of(
        Arguments.of(
            "default interface: all ports",
            vmi(),
            "<interface type='user'>"
                + ALL_PORTS
                + "<model type='virtio'/><backend type='passt'/><alias name='ua-default'/></interface>"),
        Arguments.of(
            "declared ports per protocol, MAC, boot order",
            vmi(
                withMasquerade("default", 8080, 80),
                withDevices(
                    d -> {
                      Interface i = d.getInterfaces().get(0);
                      i.getPorts().add(port("dns", "UDP", 53));
                      i.setMacAddress("02:00:00:00:00:01");
                      i.setBootOrder(3);
                    })),
            "<interface type='user'><mac address='02:00:00:00:00:01'/>"
                + "<portForward proto='tcp'><range start='80'/><range start='8080'/></portForward>"
                + "<portForward proto='udp'><range start='53'/></portForward>"
                + "<model type='virtio'/><backend type='passt'/><alias name='ua-default'/>"
                + "<boot order='3'/></interface>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("libvirtPasst")
  void convertsForLibvirtsPasst(String name, VirtualMachineInstance vmi, String expected) {
    ConverterContext ctx =
        TestContexts.builderFor(vmi, Set.of()).passt(ConverterContext.PasstMode.LIBVIRT).build();

    Harness.Outcome out = Harness.run(vmi, ctx, new InterfaceConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(Harness.fragments("interface", out.domain().devices().interfaces()))
        .isEqualTo(Harness.compact(expected));
    assertThat(out.domain().qemuCommandline()).isNull();
    assertThat(out.domain().qemuOverride()).isNull();
    assertThat(PasstEndpoints.of(vmi, ctx)).isEmpty();
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of(
            "interface names a missing network; network unused",
            vmi(withInterface(masquerade("a"), podNetwork("b"))),
            List.of(
                "spec.domain.devices.interfaces[0].name: no network named \"a\" in spec.networks",
                "spec.networks[0]: no interface in spec.domain.devices.interfaces uses network \"b\"")),
        Arguments.of(
            "sriov, bad model, bad MAC, bad port",
            vmi(
                withMasquerade("default"),
                withDevices(
                    d -> {
                      Interface i = d.getInterfaces().get(0);
                      i.setSriov(new InterfaceSriov());
                      i.setModel("virtio-net-pci-fast");
                      i.setMacAddress("zz:00");
                      i.setPorts(List.of(port("p", "SCTP", 80), port("q", "TCP", 70000)));
                    })),
            List.of(
                "spec.domain.devices.interfaces[0].model: unsupported value \"virtio-net-pci-fast\""
                    + " (supported: virtio, e1000, e1000e, igb, ne2k_pci, pcnet, rtl8139)",
                "spec.domain.devices.interfaces[0].macAddress: not a MAC address: \"zz:00\"",
                "spec.domain.devices.interfaces[0].sriov: not supported by coexist",
                "spec.domain.devices.interfaces[0]: set only one binding, got masquerade, sriov",
                "spec.domain.devices.interfaces[0].ports[0].protocol: unsupported value \"SCTP\""
                    + " (supported: TCP, UDP)",
                "spec.domain.devices.interfaces[0].ports[1].port: must be between 1 and 65535,"
                    + " got 70000")),
        Arguments.of(
            "masquerade on multus, bridge without a host bridge, unknown plugin",
            vmi(
                withInterface(masquerade("m"), multus("m")),
                withBridge("br"),
                withInterface(binding("plug", "macvtap"), podNetwork("plug"))),
            List.of(
                "spec.domain.devices.interfaces[0]: masquerade and passt need the pod network",
                "spec.domain.devices.interfaces[1].bridge: the launcher provided no bridge for this"
                    + " interface",
                "spec.domain.devices.interfaces[2].binding.name: unsupported value \"macvtap\""
                    + " (supported: passt)")),
        Arguments.of(
            "pod network CIDR",
            vmi(
                withMasquerade("default"),
                v -> v.getSpec().getNetworks().get(0).getPod().setVmNetworkCIDR("10.1.0.0/24")),
            List.of("spec.networks[0].pod.vmNetworkCIDR: not supported by coexist")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void reportsProblems(String name, VirtualMachineInstance vmi, List<String> expected) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new InterfaceConfigurator());

    assertThat(out.problems()).containsExactlyElementsOf(expected);
  }

  static Port port(String name, String protocol, int number) {
    Port port = new Port();
    port.setName(name);
    port.setProtocol(protocol);
    port.setPort(number);
    return port;
  }

  static Interface masquerade(String name) {
    Interface iface = new Interface();
    iface.setName(name);
    iface.setMasquerade(new InterfaceMasquerade());
    return iface;
  }

  static Interface binding(String name, String plugin) {
    Interface iface = new Interface();
    iface.setName(name);
    PluginBinding binding = new PluginBinding();
    binding.setName(plugin);
    iface.setBinding(binding);
    return iface;
  }

  static Interface absent(String name) {
    Interface iface = new Interface();
    iface.setName(name);
    iface.setBridge(new dev.coexist.crds.kubevirt.v1.InterfaceBridge());
    iface.setState("absent");
    return iface;
  }

  static Network multus(String name) {
    Network network = new Network();
    network.setName(name);
    MultusNetwork multus = new MultusNetwork();
    multus.setNetworkName("ns/" + name);
    network.setMultus(multus);
    return network;
  }
}
