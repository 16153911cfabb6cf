package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/** A size with a unit, e.g. {@code <memory unit='KiB'>262144</memory>}. */
public record ScaledInteger(
    @JacksonXmlProperty(isAttribute = true) String unit, @JacksonXmlText long value) {

  /** A size in KiB. */
  public static ScaledInteger kib(long value) {
    return new ScaledInteger("KiB", value);
  }

  /** A size in MiB. */
  public static ScaledInteger mib(long value) {
    return new ScaledInteger("MiB", value);
  }
}
