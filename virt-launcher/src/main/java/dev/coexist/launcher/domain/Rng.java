package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/**
 * {@code <rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>}.
 *
 * @param model {@code virtio}
 * @param backend the host entropy source
 */
public record Rng(@JacksonXmlProperty(isAttribute = true) String model, Backend backend) {

  /** {@code <backend model='random'>/dev/urandom</backend>}. */
  public record Backend(
      @JacksonXmlProperty(isAttribute = true) String model, @JacksonXmlText String source) {}
}
