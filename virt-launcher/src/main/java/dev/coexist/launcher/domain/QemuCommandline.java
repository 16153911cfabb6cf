package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/**
 * {@code <qemu:commandline>}: extra QEMU arguments, used only where libvirt has no element (the
 * passt stream netdev: Debian 12's libvirt 9.0 is built without its passt backend).
 *
 * @param args the arguments, in order
 */
public record QemuCommandline(
    @JacksonXmlElementWrapper(useWrapping = false)
        @JacksonXmlProperty(localName = "arg", namespace = QemuCommandline.NAMESPACE)
        List<Arg> args) {

  /** libvirt's QEMU namespace URI. */
  public static final String NAMESPACE = "http://libvirt.org/schemas/domain/qemu/1.0";

  public QemuCommandline {
    args = List.copyOf(args);
  }

  /** {@code <qemu:arg value='...'/>}. */
  public record Arg(@JacksonXmlProperty(isAttribute = true) String value) {}
}
