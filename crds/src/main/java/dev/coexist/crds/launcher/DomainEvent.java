package dev.coexist.crds.launcher;

/**
 * One domain lifecycle change, streamed on a {@code WATCH} connection.
 *
 * @param version the protocol version of the sender
 * @param event libvirt's event type, e.g. {@code STARTED}, {@code SUSPENDED}, {@code RESUMED},
 *     {@code STOPPED}, {@code SHUTDOWN}, {@code CRASHED}, {@code DEFINED}, {@code UNDEFINED}
 * @param detail libvirt's detail, e.g. {@code BOOTED}, {@code DESTROYED}, {@code FAILED}
 * @param domain the domain's status after the change
 * @param timestampMillis when the launcher saw it (epoch milliseconds)
 */
public record DomainEvent(
    int version, String event, String detail, DomainStatus domain, long timestampMillis) {}
