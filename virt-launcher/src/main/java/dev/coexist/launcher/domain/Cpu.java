package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.List;

/**
 * {@code <cpu>}: CPU model and topology.
 *
 * @param mode {@code custom}, {@code host-model}, {@code host-passthrough} or {@code maximum}; null
 *     for libvirt's default
 * @param match how strictly a custom model must match, or null
 * @param model the named model for mode {@code custom}, or null
 * @param topology sockets, cores and threads
 * @param features CPU feature policies
 */
@JsonPropertyOrder({"mode", "match", "model", "topology", "feature"})
public record Cpu(
    @JacksonXmlProperty(isAttribute = true) String mode,
    @JacksonXmlProperty(isAttribute = true) String match,
    Model model,
    Topology topology,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "feature")
        List<Feature> features) {

  /** {@code <model fallback='forbid'>name</model>}. */
  public record Model(
      @JacksonXmlProperty(isAttribute = true) String fallback, @JacksonXmlText String name) {}

  /** {@code <topology sockets cores threads/>}. */
  public record Topology(
      @JacksonXmlProperty(isAttribute = true) int sockets,
      @JacksonXmlProperty(isAttribute = true) int cores,
      @JacksonXmlProperty(isAttribute = true) int threads) {}

  /** {@code <feature policy='require' name='x2apic'/>}. */
  public record Feature(
      @JacksonXmlProperty(isAttribute = true) String policy,
      @JacksonXmlProperty(isAttribute = true) String name) {}
}
