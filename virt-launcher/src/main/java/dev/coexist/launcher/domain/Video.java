package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * {@code <video><model type heads vram/></video>}.
 *
 * @param model the adapter model
 */
public record Video(Model model) {

  /** {@code <model type='vga' vram='16384' heads='1'/>}. */
  @JsonPropertyOrder({"type", "vram", "heads"})
  public record Model(
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlProperty(isAttribute = true) Integer vram,
      @JacksonXmlProperty(isAttribute = true) Integer heads) {}
}
