package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.dataformat.xml.util.DefaultXmlPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLStreamException;

/**
 * Canonical domain XML: the one place {@link Domain} becomes text.
 *
 * <p>Canonical means: properties in libvirt's formatting order, absent and empty members omitted,
 * two-space indentation, double-quoted attributes, the QEMU namespace under the prefix {@code
 * qemu}, no XML declaration and a trailing newline. The same model always gives the same bytes,
 * which the golden files rely on. The model is write-only: coexist never parses domain XML back
 * (libvirt state comes from the libvirt API). Instances are immutable and thread-safe.
 */
public final class DomainXml {
  private final XmlMapper mapper;
  private final ObjectWriter writer;

  /** A serializer with the canonical settings. */
  public DomainXml() {
    this.mapper =
        XmlMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    this.writer = mapper.writer();
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

  private String write(ObjectWriter w, Object value) {
    StringWriter out = new StringWriter();
    try (ToXmlGenerator generator = mapper.getFactory().createGenerator(out)) {
      generator.getStaxWriter().setPrefix("qemu", QemuCommandline.NAMESPACE);
      generator.setPrettyPrinter(new DefaultXmlPrettyPrinter());
      w.writeValue(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException("serializing " + value.getClass().getSimpleName(), e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("binding the qemu namespace prefix", e);
    }
    String xml = out.toString();
    return xml.endsWith("\n") ? xml : xml + "\n";
  }
}
