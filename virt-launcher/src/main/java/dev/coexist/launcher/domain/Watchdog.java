package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * {@code <watchdog model='i6300esb' action='poweroff'/>}.
 *
 * @param model the watchdog device model
 * @param action what happens when it fires
 */
public record Watchdog(
    @JacksonXmlProperty(isAttribute = true) String model,
    @JacksonXmlProperty(isAttribute = true) String action) {}
