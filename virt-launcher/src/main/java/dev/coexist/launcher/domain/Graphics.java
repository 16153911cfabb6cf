package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * {@code <graphics type='vnc' socket='...'/>}: VNC served on a unix socket.
 *
 * @param type {@code vnc}
 * @param socket the unix socket path
 */
public record Graphics(
    @JacksonXmlProperty(isAttribute = true) String type,
    @JacksonXmlProperty(isAttribute = true) String socket) {}
