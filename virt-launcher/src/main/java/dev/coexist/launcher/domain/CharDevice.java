package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * A character device: {@code <serial>} or {@code <console>} on a unix socket.
 *
 * @param type {@code unix}
 * @param source the socket libvirt binds
 * @param log the file the stream is also logged to, or null
 * @param target the port (and, for a console, the device type it aliases)
 */
@JsonPropertyOrder({"type", "source", "log", "target"})
public record CharDevice(
    @JacksonXmlProperty(isAttribute = true) String type, Source source, Log log, Target target) {

  /** {@code <source mode='bind' path='...'/>}. */
  public record Source(
      @JacksonXmlProperty(isAttribute = true) String mode,
      @JacksonXmlProperty(isAttribute = true) String path) {}

  /** {@code <log file='...' append='on'/>}. */
  public record Log(
      @JacksonXmlProperty(isAttribute = true) String file,
      @JacksonXmlProperty(isAttribute = true) String append) {}

  /** {@code <target type='serial' port='0'/>}. */
  public record Target(
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlProperty(isAttribute = true) int port) {}
}
