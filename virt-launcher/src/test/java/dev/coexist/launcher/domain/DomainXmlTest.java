package dev.coexist.launcher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainXmlTest {
  private final DomainXml xml = new DomainXml();

  static Domain sample() {
    return new DomainBuilder()
        .type("qemu")
        .name("default_tiny")
        .uuid("6f1f7c5e-0d6b-3c3e-9a0e-1d2b3c4d5e6f")
        .memory(ScaledInteger.kib(262144))
        .currentMemory(ScaledInteger.kib(262144))
        .vcpu(Domain.Vcpu.of(1))
        .addSysinfoSystemEntry("serial", "abc")
        .osType(new Os.Type("x86_64", "q35", "hvm"))
        .acpi(Flag.ON)
        .tcg(new Features.Tcg(ScaledInteger.mib(128)))
        .cpu(new Cpu(null, null, null, new Cpu.Topology(1, 1, 1), List.of()))
        .clock(new Clock("utc", null, null, null, List.of()))
        .onPoweroff("destroy")
        .onReboot("restart")
        .onCrash("destroy")
        .emulator("/usr/bin/qemu-system-x86_64")
        .addDisk(
            new Disk(
                "file",
                "disk",
                new Disk.Driver("qemu", "qcow2", null, null, null, null),
                Disk.Source.file("/var/run/disk.qcow2"),
                new Disk.Target("vda", "virtio", null),
                new BootOrder(1),
                Flag.ON,
                null,
                "root0001",
                new Interface.Alias("ua-root")))
        .addInterface(
            new Interface(
                "user",
                null,
                null,
                List.of(),
                new Interface.Model("virtio"),
                null,
                new Interface.Alias("ua-default"),
                null,
                null))
        .addQemuArgs("-netdev", "stream,id=passt0,server=off,addr.type=unix,addr.path=/run/p.sock")
        .overrideQemuProperty("ua-default", new QemuOverride.Property("netdev", "string", "passt0"))
        .addInterface(
            new Interface(
                "user",
                null,
                null,
                List.of(new Interface.PortForward("tcp", List.of(new Interface.Range(80, null)))),
                new Interface.Model("virtio"),
                new Interface.Backend("passt", null),
                new Interface.Alias("ua-libvirt"),
                null,
                null))
        .memballoon(MemBalloon.NONE)
        .build();
  }

  @Test
  void writesLibvirtOrderAttributesFirstAndOmitsAbsentParts() {
    String out = xml.toXml(sample());

    assertThat(out)
        .startsWith("<domain type=\"qemu\">\n  <name>default_tiny</name>\n")
        .contains(
            "  <os>\n"
                + "    <type arch=\"x86_64\" machine=\"q35\">hvm</type>\n"
                + "    <smbios mode=\"sysinfo\"/>\n"
                + "  </os>\n")
        .contains("<features>\n    <acpi/>\n    <tcg>\n      <tb-cache unit=\"MiB\">128</tb-cache>")
        .contains(
            "    <disk type=\"file\" device=\"disk\">\n"
                + "      <driver name=\"qemu\" type=\"qcow2\"/>\n"
                + "      <source file=\"/var/run/disk.qcow2\"/>\n"
                + "      <target dev=\"vda\" bus=\"virtio\"/>\n"
                + "      <boot order=\"1\"/>\n"
                + "      <readonly/>\n"
                + "      <serial>root0001</serial>\n"
                + "      <alias name=\"ua-root\"/>\n"
                + "    </disk>\n")
        .doesNotContain("controller", "loader", "null")
        .endsWith("</domain>\n");
  }

  @Test
  void writesQemuNamespaceElements() {
    String out = xml.toXml(sample());

    assertThat(out)
        .contains("<qemu:arg value=\"-netdev\"/>")
        .contains("<qemu:property name=\"netdev\" type=\"string\" value=\"passt0\"/>")
        .contains("xmlns:qemu=\"" + QemuCommandline.NAMESPACE + "\"");
  }

  @Test
  void isStable() {
    assertThat(xml.toXml(sample())).isEqualTo(xml.toXml(sample()));
  }

  @Test
  void writesFragments() {
    assertThat(xml.fragment("cpu", sample().cpu()))
        .isEqualTo("<cpu>\n  <topology sockets=\"1\" cores=\"1\" threads=\"1\"/>\n</cpu>\n");
  }

  @Test
  void sampleIsAcceptedByLibvirtSchema() throws Exception {
    VirtXmlValidate.Result result = VirtXmlValidate.validate(xml.toXml(sample()));

    assertThat(result.valid()).as(result.output()).isTrue();
  }

  @Test
  void validatorRejectsBogusElements() throws Exception {
    String bogus = xml.toXml(sample()).replace("<acpi/>", "<acpi/><bogus/>");

    VirtXmlValidate.Result result = VirtXmlValidate.validate(bogus);

    assertThat(result.valid()).as(result.output()).isFalse();
  }
}
