package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.List;

/**
 * {@code <sysinfo type='smbios'>}: SMBIOS tables shown to the guest.
 *
 * @param type always {@code smbios}
 * @param system the SMBIOS system (type 1) entries
 */
public record Sysinfo(@JacksonXmlProperty(isAttribute = true) String type, System system) {

  /** SMBIOS tables with the given system entries. */
  public static Sysinfo smbios(List<Entry> systemEntries) {
    return new Sysinfo("smbios", new System(List.copyOf(systemEntries)));
  }

  /** {@code <system>}: the SMBIOS system table. */
  public record System(
      @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "entry")
          List<Entry> entries) {}

  /** {@code <entry name='serial'>value</entry>}. */
  public record Entry(
      @JacksonXmlProperty(isAttribute = true) String name, @JacksonXmlText String value) {}
}
