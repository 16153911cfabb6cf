package dev.coexist.launcher.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PasstAdapterTest {
  private static final String DOMAIN =
      """
      <domain type="qemu">
        <name>ns_vm</name>
        <os><type arch="x86_64" machine="q35">hvm</type></os>
        <devices>
          <interface type="user">
            <mac address="02:00:00:00:00:01"/>
            <portForward proto="tcp"><range start="80"/><range start="8000" end="8001"/></portForward>
            <model type="virtio"/>
            <backend type="passt"/>
            <alias name="ua-default"/>
          </interface>
          <interface type="bridge"><source bridge="br0"/></interface>
        </devices>
      </domain>
      """;

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
    assertThat(a.xml())
        .contains("xmlns:qemu=\"http://libvirt.org/schemas/domain/qemu/1.0\"")
        .contains("stream,id=net-ua-default,server=off,addr.type=unix,addr.path=/p/passt-0.sock")
        .contains(
            "virtio-net-pci,netdev=net-ua-default,mac=02:00:00:00:00:01,id=ua-default,bus=pcie.0,addr=0x10")
        .doesNotContain("passt\"/>")
        .contains("<source bridge=\"br0\"/>");
  }

  @Test
  void noDeclaredPortsForwardsAllInAPodAndNoneStandalone() {
    String bare = DOMAIN.replaceAll("<portForward.*</portForward>", "");
    PasstInterface pod =
        PasstAdapter.adapt(bare, Path.of("/p"), PortPolicy.pod()).interfaces().get(0);
    assertThat(PasstProcess.spec(pod, "tcp")).isEqualTo("all");
    PasstInterface local =
        PasstAdapter.adapt(bare, Path.of("/p"), PortPolicy.loopbackEphemeral()).interfaces().get(0);
    assertThat(PasstProcess.spec(local, "tcp")).isEqualTo("none");
  }

  @Test
  void standalonePortsAreLoopbackOnlyAndAMissingMacIsStable() {
    String noMac = DOMAIN.replace("<mac address=\"02:00:00:00:00:01\"/>", "");
    PasstInterface a =
        PasstAdapter.adapt(noMac, Path.of("/p"), PortPolicy.loopbackEphemeral())
            .interfaces()
            .get(0);
    PasstInterface b =
        PasstAdapter.adapt(noMac, Path.of("/p"), PortPolicy.loopbackEphemeral())
            .interfaces()
            .get(0);
    assertThat(a.mac()).matches("52:54:00(:[0-9a-f]{2}){3}").isEqualTo(b.mac());
    assertThat(a.forwards()).allSatisfy(f -> assertThat(f.hostAddress()).isEqualTo("127.0.0.1"));
  }

  @Test
  void aDomainWithoutPasstIsUntouched() {
    String plain = "<domain type=\"qemu\"><name>x</name><devices/></domain>";
    assertThat(PasstAdapter.adapt(plain, Path.of("/p"), PortPolicy.pod()).xml()).isEqualTo(plain);
  }
}
