package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withDevices;
import static dev.coexist.launcher.convert.TestVmis.withEfi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.DiskBus;
import dev.coexist.crds.kubevirt.v1.Input;
import dev.coexist.crds.kubevirt.v1.InputBus;
import dev.coexist.crds.kubevirt.v1.InputType;
import dev.coexist.crds.kubevirt.v1.Rng;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.model.OpenObject;
import dev.coexist.launcher.domain.Devices;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The small device configurators, one table each: serial console, graphics and video, inputs and
 * the USB controller, watchdog, memory balloon, RNG.
 */
class DevicesConfiguratorTest {
  private static final String SOCKETS = TestContexts.SOCKET_DIR;

  static Stream<Arguments> serialConsole() {
    return Stream.of(
        Arguments.of(
            "default: unix socket, logged, console aliases serial 0",
            vmi(),
            "<serial type='unix'><source mode='bind' path='"
                + SOCKETS
                + "/serial.sock'/>"
                + "<log file='/var/log/kubevirt/testvmi/serial.log' append='on'/>"
                + "<target port='0'/></serial>"
                + "<console type='unix'><source mode='bind' path='"
                + SOCKETS
                + "/serial.sock'/>"
                + "<target type='serial' port='0'/></console>"),
        Arguments.of(
            "not logged",
            vmi(withDevices(d -> d.setLogSerialConsole(false))),
            "<serial type='unix'><source mode='bind' path='"
                + SOCKETS
                + "/serial.sock'/>"
                + "<target port='0'/></serial>"
                + "<console type='unix'><source mode='bind' path='"
                + SOCKETS
                + "/serial.sock'/>"
                + "<target type='serial' port='0'/></console>"),
        Arguments.of(
            "not attached", vmi(withDevices(d -> d.setAutoattachSerialConsole(false))), ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serialConsole")
  void serialConsole(String name, VirtualMachineInstance vmi, String expected) {
    assertDevices(vmi, new SerialConsoleConfigurator(), expected, List.of());
  }

  static Stream<Arguments> graphics() {
    return Stream.of(
        Arguments.of(
            "default: VNC on a socket, VGA",
            vmi(),
            "<graphics type='vnc' socket='"
                + SOCKETS
                + "/vnc.sock'/>"
                + "<video><model type='vga' vram='16384' heads='1'/></video>",
            List.of()),
        Arguments.of(
            "EFI gets bochs",
            vmi(withEfi(false)),
            "<graphics type='vnc' socket='"
                + SOCKETS
                + "/vnc.sock'/>"
                + "<video><model type='bochs' vram='16384' heads='1'/></video>",
            List.of()),
        Arguments.of(
            "explicit virtio video",
            vmi(withDevices(d -> d.setVideo(open(Map.of("type", "virtio"))))),
            "<graphics type='vnc' socket='"
                + SOCKETS
                + "/vnc.sock'/>"
                + "<video><model type='virtio' heads='1'/></video>",
            List.of()),
        Arguments.of(
            "headless",
            vmi(withDevices(d -> d.setAutoattachGraphicsDevice(false))),
            "<video><model type='none'/></video>",
            List.of()),
        Arguments.of(
            "unknown video type",
            vmi(withDevices(d -> d.setVideo(open(Map.of("type", "qxl"))))),
            "<graphics type='vnc' socket='"
                + SOCKETS
                + "/vnc.sock'/>"
                + "<video><model type='vga' vram='16384' heads='1'/></video>",
            List.of(
                "spec.domain.devices.video.type: unsupported value \"qxl\""
                    + " (supported: vga, bochs, virtio, cirrus, ramfb)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphics")
  void graphics(String name, VirtualMachineInstance vmi, String expected, List<String> problems) {
    assertDevices(vmi, new GraphicsConfigurator(), expected, problems);
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of(
            "none: USB controller off", vmi(), "<controller type='usb' index='0' model='none'/>"),
        Arguments.of(
            "tablet on USB adds xHCI",
            vmi(withDevices(d -> d.setInputs(List.of(input("tablet0", null))))),
            "<controller type='usb' index='0' model='qemu-xhci'/><input type='tablet' bus='usb'/>"),
        Arguments.of(
            "virtio tablet needs no USB",
            vmi(withDevices(d -> d.setInputs(List.of(input("t", InputBus.VIRTIO))))),
            "<controller type='usb' index='0' model='none'/><input type='tablet' bus='virtio'/>"),
        Arguments.of(
            "autoattached tablet",
            vmi(withDevices(d -> d.setAutoattachInputDevice(true))),
            "<controller type='usb' index='0' model='qemu-xhci'/><input type='tablet' bus='usb'/>"),
        Arguments.of(
            "USB disk adds xHCI",
            vmi(TestVmis.withPvcDisk("stick", DiskBus.USB)),
            "<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
                + "<source file='"
                + TestContexts.VOLUME_DIR
                + "/stick/disk.img'/>"
                + "<target dev='sda' bus='usb'/><alias name='ua-stick'/></disk>"
                + "<controller type='usb' index='0' model='qemu-xhci'/>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void inputsAndUsb(String name, VirtualMachineInstance vmi, String expected) {
    ConverterContext ctx = TestContexts.ctxFor(vmi);
    Harness.Outcome out =
        Harness.run(
            vmi,
            ctx,
            new DiskConfigurator(),
            new InputConfigurator(),
            new UsbControllerConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(render(out.domain().devices())).isEqualTo(Harness.compact(expected));
  }

  static Stream<Arguments> others() {
    return Stream.of(
        Arguments.of(
            "balloon by default",
            vmi(),
            new MemBalloonConfigurator(),
            "<memballoon model='virtio'><stats period='10'/></memballoon>",
            List.of()),
        Arguments.of(
            "no balloon",
            vmi(withDevices(d -> d.setAutoattachMemBalloon(false))),
            new MemBalloonConfigurator(),
            "<memballoon model='none'/>",
            List.of()),
        Arguments.of(
            "rng",
            vmi(withDevices(d -> d.setRng(new Rng()))),
            new RngConfigurator(),
            "<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>",
            List.of()),
        Arguments.of("no rng", vmi(), new RngConfigurator(), "", List.of()),
        Arguments.of(
            "watchdog",
            vmi(
                withDevices(
                    d ->
                        d.setWatchdog(
                            open(Map.of("name", "w", "i6300esb", Map.of("action", "poweroff")))))),
            new WatchdogConfigurator(),
            "<watchdog model='i6300esb' action='poweroff'/>",
            List.of()),
        Arguments.of(
            "watchdog without a model",
            vmi(withDevices(d -> d.setWatchdog(open(Map.of("name", "w", "diag288", Map.of()))))),
            new WatchdogConfigurator(),
            "",
            List.of(
                "spec.domain.devices.watchdog.diag288: not supported by coexist",
                "spec.domain.devices.watchdog: i6300esb is the only watchdog model on x86_64;"
                    + " it is missing")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("others")
  void others(
      String name,
      VirtualMachineInstance vmi,
      DomainConfigurator configurator,
      String expected,
      List<String> problems) {
    assertDevices(vmi, configurator, expected, problems);
  }

  private static void assertDevices(
      VirtualMachineInstance vmi,
      DomainConfigurator configurator,
      String expected,
      List<String> problems) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), configurator);

    assertThat(out.problems()).containsExactlyElementsOf(problems);
    assertThat(render(out.domain().devices())).isEqualTo(Harness.compact(expected));
  }

  /** The devices as compact XML, without the {@code <devices>} wrapper. */
  private static String render(Devices devices) {
    return Harness.fragment("devices", devices)
        .replaceFirst("^<devices/>$", "")
        .replaceFirst("^<devices>", "")
        .replaceFirst("</devices>$", "");
  }

  static OpenObject open(Map<String, Object> fields) {
    OpenObject object = new OpenObject();
    fields.forEach(object::setAdditionalProperty);
    return object;
  }

  static Input input(String name, InputBus bus) {
    Input input = new Input();
    input.setName(name);
    input.setType(InputType.TABLET);
    input.setBus(bus);
    return input;
  }
}
