package dev.coexist.handler.launcher;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The commands the handler sends to one launcher. Every command returns the domain's status after
 * it; a failure the launcher reports is a {@link LauncherException}, a launcher that cannot be
 * reached a {@link LauncherUnavailableException}.
 */
public interface LauncherClient {

  /** Makes the domain match the VMI: define and start it (no-op for a running domain). */
  DomainStatus sync(VirtualMachineInstance vmi, boolean useEmulation)
      throws LauncherException, LauncherUnavailableException;

  /** ACPI power-off, destroyed by the launcher after the grace period. */
  DomainStatus shutdown(long gracePeriodSeconds)
      throws LauncherException, LauncherUnavailableException;

  /** Destroys the domain at once. */
  DomainStatus kill() throws LauncherException, LauncherUnavailableException;

  /** Pauses the guest's vCPUs. */
  DomainStatus pause() throws LauncherException, LauncherUnavailableException;

  /** Resumes a paused guest. */
  DomainStatus unpause() throws LauncherException, LauncherUnavailableException;

  /** Hard reset. */
  DomainStatus reset() throws LauncherException, LauncherUnavailableException;

  /** Reboot through the guest (ACPI power button; libvirt starts it again in the same domain). */
  DomainStatus softReboot() throws LauncherException, LauncherUnavailableException;

  /** The domain's state and reason; {@link DomainStatus#absent()} when nothing is defined. */
  DomainStatus getDomain() throws LauncherException, LauncherUnavailableException;

  /** Counters of an active domain; empty when the domain is not active. */
  Optional<DomainStats> getStats() throws LauncherException, LauncherUnavailableException;

  /** Whether the launcher answers. Never throws. */
  boolean ping();

  /**
   * Streams the domain's lifecycle events to {@code onEvent} (on a thread of the client's) until
   * the returned watch is closed or the launcher goes away, then calls {@code onEnd} once.
   */
  Watch watch(Consumer<DomainEvent> onEvent, Runnable onEnd) throws LauncherUnavailableException;

  /** An open event stream. */
  interface Watch extends AutoCloseable {
    /** Whether the stream still delivers events. */
    boolean isOpen();

    @Override
    void close();
  }
}
