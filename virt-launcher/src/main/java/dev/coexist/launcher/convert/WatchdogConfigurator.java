package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Devices;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.model.OpenObject;
import dev.coexist.launcher.domain.DomainBuilder;
import dev.coexist.launcher.domain.Watchdog;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The i6300esb watchdog ({@code devices.watchdog.i6300esb.action}, default reset). */
final class WatchdogConfigurator implements DomainConfigurator {
  private static final String WATCHDOG = VmiParts.DEVICES + ".watchdog";
  private static final List<String> ACTIONS = List.of("poweroff", "reset", "shutdown");

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    Optional<Map<String, Object>> watchdog =
        VmiParts.devices(vmi).map(Devices::getWatchdog).map(OpenObject::getAdditionalProperties);
    if (watchdog.isEmpty()) {
      return;
    }
    Map<String, Object> spec = watchdog.get();
    problems.rejectKeys(WATCHDOG, spec, List.of("name", "i6300esb"));
    Object model = spec.get("i6300esb");
    if (model == null) {
      problems.invalid(WATCHDOG, "i6300esb is the only watchdog model on x86_64; it is missing");
      return;
    }
    if (!(model instanceof Map<?, ?> settings)) {
      problems.invalid(WATCHDOG + ".i6300esb", "must be an object");
      return;
    }
    for (Object key : settings.keySet()) {
      if (!"action".equals(key)) {
        problems.unsupported(WATCHDOG + ".i6300esb." + key);
      }
    }
    String action =
        settings.get("action") == null ? "reset" : String.valueOf(settings.get("action"));
    if (!ACTIONS.contains(action)) {
      problems.unsupportedValue(WATCHDOG + ".i6300esb.action", action, ACTIONS);
      return;
    }
    domain.watchdog(new Watchdog("i6300esb", action));
  }
}
