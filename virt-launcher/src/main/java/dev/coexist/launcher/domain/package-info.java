/**
 * The typed libvirt domain model: immutable records serialized to domain XML with Jackson XML.
 *
 * <p>Elements and attributes follow libvirt's names and its own formatting order, so that
 * serialization is canonical: one model gives one byte sequence. {@link
 * dev.coexist.launcher.domain.DomainXml} is the only place XML is produced or parsed; {@link
 * dev.coexist.launcher.domain.DomainBuilder} assembles a {@link dev.coexist.launcher.domain.Domain}
 * from parts contributed by the converter's configurators.
 */
package dev.coexist.launcher.domain;
