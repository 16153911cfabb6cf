package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * {@code <input type='tablet' bus='usb'/>}.
 *
 * @param type {@code tablet}
 * @param bus {@code usb} or {@code virtio}
 */
public record Input(
    @JacksonXmlProperty(isAttribute = true) String type,
    @JacksonXmlProperty(isAttribute = true) String bus) {}
