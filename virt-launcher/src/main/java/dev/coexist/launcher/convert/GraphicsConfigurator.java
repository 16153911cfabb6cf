package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Bootloader;
import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.Firmware;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.model.OpenObject;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.Graphics;
import dev.coexist.launcher.domain.Video;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VNC on a unix socket in the socket dir (what {@code virtctl vnc} reaches) and the video adapter:
 * {@code devices.video.type} when given, else VGA (bochs with EFI, as KubeVirt). With {@code
 * autoattachGraphicsDevice: false} there is no display and no video adapter at all.
 */
final class GraphicsConfigurator implements DomainConfigurator {
  private static final String VIDEO = VmiParts.DEVICES + ".video";
  private static final List<String> VIDEO_TYPES =
      List.of("vga", "bochs", "virtio", "cirrus", "ramfb");

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    Optional<Devices> devices = VmiParts.devices(vmi);
    boolean attach =
        VmiParts.flag(devices.map(Devices::getAutoattachGraphicsDevice).orElse(null), true);
    Optional<Map<String, Object>> video =
        devices.map(Devices::getVideo).map(OpenObject::getAdditionalProperties);
    video.ifPresent(v -> problems.rejectKeys(VIDEO, v, List.of("type")));
    if (!attach) {
      if (video.isPresent()) {
        problems.invalid(VIDEO, "a video device needs autoattachGraphicsDevice");
      }
      domain.addVideo(new Video(new Video.Model("none", null, null)));
      return;
    }
    domain.addGraphics(new Graphics("vnc", ctx.vncSocket()));
    String type = video.map(v -> v.get("type")).map(String::valueOf).orElse(defaultType(vmi));
    if (!VIDEO_TYPES.contains(type)) {
      problems.unsupportedValue(VIDEO + ".type", type, VIDEO_TYPES);
      type = "vga";
    }
    boolean vram = type.equals("vga") || type.equals("bochs") || type.equals("cirrus");
    domain.addVideo(new Video(new Video.Model(type, vram ? 16384 : null, 1)));
  }

  private static String defaultType(VirtualMachineInstance vmi) {
    boolean efi =
        VmiParts.domain(vmi)
            .map(DomainSpec::getFirmware)
            .map(Firmware::getBootloader)
            .map(Bootloader::getEfi)
            .isPresent();
    return efi ? "bochs" : "vga";
  }
}
