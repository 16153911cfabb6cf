package dev.coexist.launcher.libvirt;

/**
 * A libvirt domain lifecycle event.
 *
 * @param domain the domain name
 * @param event the event type, e.g. {@code STARTED}, {@code STOPPED}
 * @param detail the detail, e.g. {@code BOOTED}, {@code FAILED}
 */
public record LifecycleEvent(String domain, String event, String detail) {}
