package dev.coexist.launcher.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.DomainXml;
import dev.coexist.launcher.domain.Interface;
import dev.coexist.launcher.domain.Os;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasstAdapterTest {
  private static final Interface.PortForward PORTS =
      new Interface.PortForward(
          "tcp", List.of(new Interface.Range(80, null), new Interface.Range(8000, 8001)));

  private static Interface passtNic(Interface.Mac mac, List<Interface.PortForward> ports) {
    return new Interface(
        "user",
        mac,
        null,
        ports,
        new Interface.Model("virtio"),
        new Interface.Backend("passt", null),
        new Interface.Alias("ua-default"),
        null,
        null);
  }

  private static Domain domain(Interface nic) {
    return new DomainBuilder()
        .type("qemu")
        .name("ns_vm")
        .osType(new Os.Type("x86_64", "q35", "hvm"))
        .addInterface(nic)
        .addInterface(
            new Interface(
                "bridge", null, new Interface.Source("br0"), null, null, null, null, null, null))
        .build();
  }

  private static final Domain DOMAIN =
      domain(passtNic(new Interface.Mac("02:00:00:00:00:01"), List.of(PORTS)));

  @Test
  void rewritesPasstInterfacesIntoAStreamNetdev() {
    PasstAdapter.Adapted a = PasstAdapter.adapt(DOMAIN, Path.of("/p"), PortPolicy.pod());
    assertThat(a.interfaces()).hasSize(1);
    PasstInterface nic = a.interfaces().get(0);
    assertThat(nic.alias()).isEqualTo("ua-default");
    assertThat(nic.mac()).isEqualTo("02:00:00:00:00:01");
    assertThat(nic.socket()).isEqualTo(Path.of("/p/passt-0.sock"));
    assertThat(nic.forwards())
        .extracting(PortForward::passtSpec)
        .containsExactly("80:80", "8000:8000", "8001:8001");
    assertThat(PasstProcess.spec(nic, "tcp")).isEqualTo("80:80,8000:8000,8001:8001");
    assertThat(PasstProcess.spec(nic, "udp")).isEqualTo("none");
    assertThat(new DomainXml().toXml(a.domain()))
        .contains("xmlns:qemu=\"http://libvirt.org/schemas/domain/qemu/1.0\"")
        .contains("stream,id=net-ua-default,server=off,addr.type=unix,addr.path=/p/passt-0.sock")
        .contains(
            "virtio-net-pci,netdev=net-ua-default,mac=02:00:00:00:00:01,id=ua-default,bus=pcie.0,addr=0x10")
        .doesNotContain("passt\"/>")
        .contains("<source bridge=\"br0\"/>");
    assertThat(a.domain().devices().interfaces())
        .extracting(Interface::type)
        .containsExactly("bridge");
  }

  @Test
  void noDeclaredPortsForwardsAllInAPodAndNoneStandalone() {
    Domain bare = domain(passtNic(new Interface.Mac("02:00:00:00:00:01"), null));
    PasstInterface pod =
        PasstAdapter.adapt(bare, Path.of("/p"), PortPolicy.pod()).interfaces().get(0);
    assertThat(PasstProcess.spec(pod, "tcp")).isEqualTo("all");
    PasstInterface local =
        PasstAdapter.adapt(bare, Path.of("/p"), PortPolicy.loopbackEphemeral()).interfaces().get(0);
    assertThat(PasstProcess.spec(local, "tcp")).isEqualTo("none");
  }

  @Test
  void standalonePortsAreLoopbackOnlyAndAMissingMacIsStable() {
    Domain noMac = domain(passtNic(null, List.of(PORTS)));
    PasstInterface a =
        PasstAdapter.adapt(noMac, Path.of("/p"), PortPolicy.loopbackEphemeral())
            .interfaces()
            .get(0);
    PasstInterface b =
        PasstAdapter.adapt(noMac, Path.of("/p"), PortPolicy.loopbackEphemeral())
            .interfaces()
            .get(0);
    assertThat(a.mac()).matches("52:54:00(:[0-9a-f]{2}){3}").isEqualTo(b.mac());
    assertThat(a.mac()).isEqualTo(PasstAdapter.generatedMac("ns_vm", "ua-default"));
    assertThat(a.forwards()).allSatisfy(f -> assertThat(f.hostAddress()).isEqualTo("127.0.0.1"));
  }

  @Test
  void aDomainWithoutPasstIsUntouched() {
    Domain plain = new DomainBuilder().type("qemu").name("x").build();
    PasstAdapter.Adapted a = PasstAdapter.adapt(plain, Path.of("/p"), PortPolicy.pod());
    assertThat(a.domain()).isSameAs(plain);
    assertThat(a.interfaces()).isEmpty();
  }
}
