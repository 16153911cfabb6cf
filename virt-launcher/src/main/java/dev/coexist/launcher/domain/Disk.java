package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * {@code <disk type device>}.
 *
 * @param type {@code file} or {@code block}
 * @param device {@code disk}, {@code cdrom} or {@code lun}
 * @param driver the QEMU block driver settings
 * @param source the image file or block device
 * @param target the guest device name and bus
 * @param boot the boot order, or null
 * @param readonly present when the guest may not write
 * @param shareable present when several guests may write
 * @param serial the disk serial the guest sees, or null
 * @param alias the user alias ({@code ua-<name>}) naming the VMI disk
 */
@JsonPropertyOrder({
  "type",
  "device",
  "driver",
  "source",
  "target",
  "boot",
  "readonly",
  "shareable",
  "serial",
  "alias"
})
public record Disk(
    @JacksonXmlProperty(isAttribute = true) String type,
    @JacksonXmlProperty(isAttribute = true) String device,
    Driver driver,
    Source source,
    Target target,
    BootOrder boot,
    Flag readonly,
    Flag shareable,
    String serial,
    Interface.Alias alias) {

  /** {@code <driver name='qemu' type='qcow2' cache io error_policy queues/>}. */
  @JsonPropertyOrder({"name", "type", "cache", "error_policy", "io", "queues"})
  public record Driver(
      @JacksonXmlProperty(isAttribute = true) String name,
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlProperty(isAttribute = true) String cache,
      @JacksonXmlProperty(isAttribute = true, localName = "error_policy") String errorPolicy,
      @JacksonXmlProperty(isAttribute = true) String io,
      @JacksonXmlProperty(isAttribute = true) Integer queues) {}

  /** {@code <source file='...'/>} or {@code <source dev='...'/>}. */
  public record Source(
      @JacksonXmlProperty(isAttribute = true) String file,
      @JacksonXmlProperty(isAttribute = true) String dev) {

    /** A file source. */
    public static Source file(String path) {
      return new Source(path, null);
    }

    /** A block-device source. */
    public static Source dev(String path) {
      return new Source(null, path);
    }
  }

  /** {@code <target dev='vda' bus='virtio' tray='closed'/>}. */
  public record Target(
      @JacksonXmlProperty(isAttribute = true) String dev,
      @JacksonXmlProperty(isAttribute = true) String bus,
      @JacksonXmlProperty(isAttribute = true) String tray) {}
}
