package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.domain.DomainBuilder;
import java.util.List;

/**
 * Converts a VMI into a libvirt domain: a pure function of the VMI and the {@link
 * ConverterContext}. Each concern is one {@link DomainConfigurator}; all of them run, so every
 * problem is reported at once, and a VMI with any problem yields no domain.
 */
public final class DomainConverter {
  private final List<DomainConfigurator> configurators;

  /** The converter with every coexist configurator, in libvirt document order. */
  public DomainConverter() {
    this(defaultConfigurators());
  }

  /** A converter with the given configurators, run in order (for tests and extensions). */
  public DomainConverter(List<DomainConfigurator> configurators) {
    this.configurators = List.copyOf(configurators);
  }

  /** Every coexist configurator, in the order they run. */
  public static List<DomainConfigurator> defaultConfigurators() {
    return List.of(
        new IdentityConfigurator(),
        new HypervisorConfigurator(),
        new MachineConfigurator(),
        new FirmwareConfigurator(),
        new CpuConfigurator(),
        new MemoryConfigurator(),
        new FeaturesConfigurator(),
        new ClockConfigurator(),
        new LifecycleConfigurator(),
        new DiskConfigurator(),
        new InterfaceConfigurator(),
        new SerialConsoleConfigurator(),
        new InputConfigurator(),
        new GraphicsConfigurator(),
        new UsbControllerConfigurator(),
        new WatchdogConfigurator(),
        new MemBalloonConfigurator(),
        new RngConfigurator(),
        new UnsupportedFeaturesConfigurator());
  }

  /**
   * The domain for the VMI on this host.
   *
   * @throws ConversionException listing every unsupported or invalid field, and every volume or
   *     bridge the context lacks
   */
  public Domain convert(VirtualMachineInstance vmi, ConverterContext ctx)
      throws ConversionException {
    DomainBuilder domain = new DomainBuilder();
    Problems problems = new Problems();
    for (DomainConfigurator configurator : configurators) {
      configurator.configure(vmi, ctx, domain, problems);
    }
    if (!problems.isEmpty()) {
      throw new ConversionException(problems.list());
    }
    return domain.build();
  }
}
