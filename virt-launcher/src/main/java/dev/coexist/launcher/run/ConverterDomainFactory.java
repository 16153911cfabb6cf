package dev.coexist.launcher.run;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.launcher.convert.ConversionException;
import dev.coexist.launcher.convert.ConverterContext;
import dev.coexist.launcher.convert.DomainConverter;
import dev.coexist.launcher.domain.Domain;
import dev.coexist.launcher.runtime.CommandFailure;
import dev.coexist.launcher.runtime.DomainFactory;
import dev.coexist.launcher.volumes.ResolvedVolume;
import java.util.LinkedHashMap;
import java.util.Map;

/** The runtime's {@link DomainFactory}: the converter with this launcher's host facts. */
public final class ConverterDomainFactory implements DomainFactory {
  private final DomainConverter converter = new DomainConverter();
  private final LauncherConfig config;

  public ConverterDomainFactory(LauncherConfig config) {
    this.config = config;
  }

  @Override
  public Domain domain(VirtualMachineInstance vmi, Map<String, ResolvedVolume> volumes) {
    Map<String, dev.coexist.launcher.convert.ResolvedVolume> resolved = new LinkedHashMap<>();
    volumes.forEach(
        (name, v) ->
            resolved.put(
                name,
                new dev.coexist.launcher.convert.ResolvedVolume(
                    v.path().toAbsolutePath().toString(), v.format(), v.block(), v.readOnly())));
    ConverterContext ctx =
        ConverterContext.builder()
            .emulation(config.emulation())
            .tcgTbCacheMiB(config.emulation() ? config.tcgTbCacheMiB() : null)
            .volumes(resolved)
            .socketDir(config.socketDir().toAbsolutePath().toString())
            .logDir(logDir(config).toString())
            .stateDir(config.privateDir().toAbsolutePath().resolve("state").toString())
            .build();
    try {
      return converter.convert(vmi, ctx);
    } catch (ConversionException e) {
      throw new CommandFailure(ErrorReason.INVALID_SPEC, e.getMessage(), e);
    }
  }

  /** Where QEMU writes the serial log (bounded by {@link SerialLogRotation}). */
  public static java.nio.file.Path logDir(LauncherConfig config) {
    return config.privateDir().toAbsolutePath().resolve("console");
  }
}
