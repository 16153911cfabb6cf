package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/**
 * {@code <devices>}, in libvirt's own formatting order.
 *
 * @param emulator the QEMU binary
 * @param disks disks, cdroms and luns
 * @param controllers explicit controllers (libvirt adds the implicit ones)
 * @param interfaces network interfaces
 * @param serials serial ports
 * @param consoles consoles (console 0 aliases serial 0)
 * @param inputs input devices
 * @param graphics graphical consoles
 * @param videos video adapters
 * @param watchdog the watchdog, or null
 * @param memballoon the memory balloon (model {@code none} when disabled)
 * @param rngs entropy sources
 */
@JsonPropertyOrder({
  "emulator",
  "disk",
  "controller",
  "interface",
  "serial",
  "console",
  "input",
  "graphics",
  "video",
  "watchdog",
  "memballoon",
  "rng"
})
public record Devices(
    String emulator,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "disk")
        List<Disk> disks,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "controller")
        List<Controller> controllers,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "interface")
        List<Interface> interfaces,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "serial")
        List<CharDevice> serials,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "console")
        List<CharDevice> consoles,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "input")
        List<Input> inputs,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "graphics")
        List<Graphics> graphics,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "video")
        List<Video> videos,
    Watchdog watchdog,
    MemBalloon memballoon,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "rng")
        List<Rng> rngs) {}
