package dev.coexist.launcher.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * {@code <controller type index model/>}, e.g. the virtio-scsi controller behind scsi disks.
 *
 * @param type {@code scsi}, {@code usb}, ...
 * @param index the controller index within its type
 * @param model the controller model
 */
@JsonPropertyOrder({"type", "index", "model"})
public record Controller(
    @JacksonXmlProperty(isAttribute = true) String type,
    @JacksonXmlProperty(isAttribute = true) int index,
    @JacksonXmlProperty(isAttribute = true) String model) {}
