package dev.coexist.launcher.runtime;

import dev.coexist.crds.kubevirt.v1.StartStrategy;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.domain.DomainXml;
import dev.coexist.launcher.network.PasstAdapter;
import dev.coexist.launcher.volumes.InvalidVolumeException;
import dev.coexist.launcher.volumes.ResolvedVolume;
import dev.coexist.launcher.volumes.VolumeResolver;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * VMI → {@link DomainPlan}: resolves volumes, converts, adapts the network. Starts nothing, so bad
 * input fails here with {@link ErrorReason#INVALID_SPEC} before any daemon or QEMU runs.
 */
public final class DomainPlanner {
  private final VolumeResolver volumes;
  private final DomainFactory factory;
  private final RuntimeSettings settings;
  private final DomainXml xml = new DomainXml();

  public DomainPlanner(VolumeResolver volumes, DomainFactory factory, RuntimeSettings settings) {
    this.volumes = volumes;
    this.factory = factory;
    this.settings = settings;
  }

  /** The plan for this VMI, or a {@link CommandFailure}. */
  public DomainPlan plan(VirtualMachineInstance vmi) {
    if (vmi.getMetadata() == null || vmi.getMetadata().getName() == null) {
      throw new CommandFailure(ErrorReason.INVALID_SPEC, "metadata.name: required");
    }
    if (vmi.getSpec() == null) {
      throw new CommandFailure(ErrorReason.INVALID_SPEC, "spec: required");
    }
    String key = vmi.getMetadata().getNamespace() + "/" + vmi.getMetadata().getName();
    Map<String, ResolvedVolume> resolved = resolveVolumes(vmi);
    Domain domain = convert(vmi, resolved);
    PasstAdapter.Adapted adapted =
        PasstAdapter.adapt(domain, settings.privateDir(), settings.ports());
    Duration grace =
        Optional.ofNullable(vmi.getSpec().getTerminationGracePeriodSeconds())
            .map(Duration::ofSeconds)
            .orElse(null);
    return new DomainPlan(
        key,
        domain.name(),
        xml.toXml(adapted.domain()),
        adapted.interfaces(),
        grace,
        vmi.getSpec().getStartStrategy() == StartStrategy.PAUSED);
  }

  private Map<String, ResolvedVolume> resolveVolumes(VirtualMachineInstance vmi) {
    try {
      return volumes.resolve(vmi);
    } catch (InvalidVolumeException e) {
      throw new CommandFailure(ErrorReason.INVALID_SPEC, e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new CommandFailure(ErrorReason.RUNTIME_ERROR, "volumes: " + e.getMessage(), e);
    }
  }

  private Domain convert(VirtualMachineInstance vmi, Map<String, ResolvedVolume> resolved) {
    try {
      return factory.domain(vmi, resolved);
    } catch (CommandFailure e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ErrorReason.INVALID_SPEC, e.getMessage(), e);
    }
  }
}
