package dev.coexist.launcher.libvirt;

import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import java.util.function.Consumer;

/**
 * The libvirt operations the launcher needs, on domains named by their libvirt name. Every failure
 * is a {@link LibvirtFailure}; operations on a domain that does not exist fail too, except {@link
 * #status} (which answers {@code ABSENT}) and {@link #undefine} (a no-op).
 */
public interface LibvirtConnection extends AutoCloseable {

  /** Defines (or redefines) a persistent domain from its XML. */
  void define(String name, String domainXml);

  /** Boots a defined, inactive domain. */
  void start(String name);

  /** Pauses the vCPUs. */
  void pause(String name);

  /** Resumes a paused domain. */
  void resume(String name);

  /** Hard reset. */
  void reset(String name);

  /** Reboot through the guest (ACPI power button; libvirt restarts the guest when it is down). */
  void softReboot(String name);

  /** Presses the ACPI power button; the guest decides whether and when to power off. */
  void shutdown(String name);

  /** Stops QEMU at once. */
  void destroy(String name);

  /** Removes the definition of an inactive domain; nothing when it does not exist. */
  void undefine(String name);

  /** State and reason; {@code ABSENT} when no such domain is defined. */
  DomainStatus status(String name);

  /** Counters of an active domain. */
  DomainStats stats(String name);

  /**
   * Calls the listener for every lifecycle event of any domain, on libvirt's event thread (the
   * listener must not block). Closing the returned handle unsubscribes.
   */
  AutoCloseable watch(Consumer<LifecycleEvent> listener);

  @Override
  void close();
}
