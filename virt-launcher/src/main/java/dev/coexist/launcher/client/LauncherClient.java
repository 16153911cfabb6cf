package dev.coexist.launcher.client;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.LauncherResponse;
import java.util.function.Consumer;

/**
 * Talks to one launcher. Every call returns the launcher's {@link LauncherResponse} (check {@code
 * ok()}); a launcher that cannot be reached gives {@link LauncherUnreachableException}.
 */
public interface LauncherClient {
  LauncherResponse sync(VirtualMachineInstance vmi);

  /** ACPI shutdown, destroy after {@code gracePeriodSeconds} (null: the VMI's). */
  LauncherResponse shutdown(Long gracePeriodSeconds);

  LauncherResponse kill();

  LauncherResponse pause();

  LauncherResponse unpause();

  LauncherResponse reset();

  LauncherResponse getDomain();

  LauncherResponse getStats();

  LauncherResponse ping();

  /**
   * Streams domain events to {@code listener} (on a client thread) until the returned handle is
   * closed or the launcher goes away.
   */
  AutoCloseable watch(Consumer<DomainEvent> listener);
}
