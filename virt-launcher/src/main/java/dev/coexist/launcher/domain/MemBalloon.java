package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * {@code <memballoon model='virtio'><stats period='10'/></memballoon>}.
 *
 * @param model {@code virtio}, or {@code none} for no balloon
 * @param stats the statistics polling period, or null
 */
public record MemBalloon(@JacksonXmlProperty(isAttribute = true) String model, Stats stats) {

  /** No balloon device. */
  public static final MemBalloon NONE = new MemBalloon("none", null);

  /** {@code <stats period='10'/>}. */
  public record Stats(@JacksonXmlProperty(isAttribute = true) int period) {}
}
