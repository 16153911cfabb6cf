package dev.coexist.launcher.domain;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** A per-device {@code <boot order='N'/>}. */
public record BootOrder(@JacksonXmlProperty(isAttribute = true) int order) {}
