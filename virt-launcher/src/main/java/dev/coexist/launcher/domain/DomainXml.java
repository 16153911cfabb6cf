package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

/**
 * Canonical domain XML: the one place {@link Domain} becomes text.
 *
 * <p>Canonical means: properties in libvirt's formatting order, absent and empty members omitted,
 * two-space indentation, double-quoted attributes, no XML declaration and a trailing newline. The
 * same model always gives the same bytes, which the golden files rely on. The model is write-only:
 * coexist never parses domain XML back (libvirt state comes from the libvirt API). Instances are
 * immutable and thread-safe.
 */
public final class DomainXml {
  private final ObjectWriter writer;

  /** A serializer with the canonical settings. */
  public DomainXml() {
    this.writer =
        XmlMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writer();
  }

  /** The domain as canonical XML. */
  public String toXml(Domain domain) {
    return write(writer, domain);
  }

  /**
   * One element of the model as canonical XML, e.g. {@code fragment("cpu", domain.cpu())}; used to
   * compare parts of a domain in tests and logs.
   */
  public String fragment(String elementName, Object element) {
    return write(writer.withRootName(elementName), element);
  }

  private static String write(ObjectWriter w, Object value) {
    try {
      String xml = w.writeValueAsString(value);
      return xml.endsWith("\n") ? xml : xml + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("serializing " + value.getClass().getSimpleName(), e);
    }
  }
}
