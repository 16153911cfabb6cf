package dev.coexist.launcher.runtime;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the command server serves: one method per protocol command. Failures are {@link
 * CommandFailure}s.
 */
public interface LauncherService {
  DomainStatus sync(VirtualMachineInstance vmi);

  /** ACPI shutdown; destroy after {@code grace} (null: the synced VMI's grace period). */
  DomainStatus shutdown(Duration grace);

  DomainStatus kill();

  DomainStatus pause();

  DomainStatus unpause();

  DomainStatus reset();

  /** Reboot through the guest (ACPI), the domain stays. */
  DomainStatus softReboot();

  DomainStatus status();

  DomainStats stats();

  /** Subscribes to domain events until the handle is closed. */
  AutoCloseable watch(Consumer<DomainEvent> listener);
}
