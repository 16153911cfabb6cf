package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/**
 * {@code <clock>}: the guest's RTC offset and timers.
 *
 * @param offset {@code utc}, {@code variable} or {@code timezone}
 * @param adjustment seconds added to the basis, for {@code variable}
 * @param basis {@code utc}, for {@code variable}
 * @param timezone the zone, for {@code timezone}
 * @param timers timer settings
 */
@JsonPropertyOrder({"offset", "adjustment", "basis", "timezone", "timer"})
public record Clock(
    @JacksonXmlProperty(isAttribute = true) String offset,
    @JacksonXmlProperty(isAttribute = true) Long adjustment,
    @JacksonXmlProperty(isAttribute = true) String basis,
    @JacksonXmlProperty(isAttribute = true) String timezone,
    @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "timer")
        List<Timer> timers) {

  /** {@code <timer name='rtc' tickpolicy='catchup' track='guest' present='yes'/>}. */
  @JsonPropertyOrder({"name", "tickpolicy", "track", "present"})
  public record Timer(
      @JacksonXmlProperty(isAttribute = true) String name,
      @JacksonXmlProperty(isAttribute = true) String tickpolicy,
      @JacksonXmlProperty(isAttribute = true) String track,
      @JacksonXmlProperty(isAttribute = true) String present) {}
}
