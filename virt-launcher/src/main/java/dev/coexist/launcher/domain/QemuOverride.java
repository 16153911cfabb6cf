package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/**
 * {@code <qemu:override>}: properties of libvirt-created QEMU devices, addressed by alias; used to
 * connect a libvirt NIC to a passt stream netdev.
 *
 * @param devices the devices to override
 */
public record QemuOverride(
    @JacksonXmlElementWrapper(useWrapping = false)
        @JacksonXmlProperty(localName = "device", namespace = QemuCommandline.NAMESPACE)
        List<Device> devices) {

  public QemuOverride {
    devices = List.copyOf(devices);
  }

  /** {@code <qemu:device alias='ua-x'><qemu:frontend>...</qemu:frontend></qemu:device>}. */
  public record Device(
      @JacksonXmlProperty(isAttribute = true) String alias,
      @JacksonXmlProperty(localName = "frontend", namespace = QemuCommandline.NAMESPACE)
          Frontend frontend) {}

  /** {@code <qemu:frontend>}: the device's own (frontend) properties. */
  public record Frontend(
      @JacksonXmlElementWrapper(useWrapping = false)
          @JacksonXmlProperty(localName = "property", namespace = QemuCommandline.NAMESPACE)
          List<Property> properties) {}

  /** {@code <qemu:property name='netdev' type='string' value='passt0'/>}. */
  public record Property(
      @JacksonXmlProperty(isAttribute = true) String name,
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlProperty(isAttribute = true) String value) {}
}
