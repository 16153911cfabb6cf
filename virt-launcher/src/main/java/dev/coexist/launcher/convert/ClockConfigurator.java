package dev.coexist.launcher.convert;

import dev.coexist.crds.kubevirt.v1.Clock;
import dev.coexist.crds.kubevirt.v1.ClockOffsetUtc;
import dev.coexist.crds.kubevirt.v1.DomainSpec;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.launcher.domain.DomainBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Guest clock: UTC (optionally offset) or a named timezone, and the hpet, pit, rtc, kvm and hyperv
 * timers (KubeVirt's {@code clock.timer}). Without a clock the guest runs on UTC.
 */
final class ClockConfigurator implements DomainConfigurator {
  private static final String CLOCK = "spec.domain.clock";

  /** VMI timer name to libvirt timer name. */
  private static final Map<String, String> TIMERS =
      Map.of(
          "hpet", "hpet", "pit", "pit", "rtc", "rtc", "kvm", "kvmclock", "hyperv", "hypervclock");

  private static final List<String> TIMER_ORDER = List.of("hpet", "pit", "rtc", "kvm", "hyperv");
  private static final List<String> TICK_POLICIES = List.of("delay", "catchup", "merge", "discard");
  private static final List<String> TRACKS = List.of("guest", "wall");

  @Override
  public void configure(
      VirtualMachineInstance vmi, ConverterContext ctx, DomainBuilder domain, Problems problems) {
    Optional<Clock> clock = VmiParts.domain(vmi).map(DomainSpec::getClock);
    clock.ifPresent(c -> problems.rejectUnknownFields(CLOCK, c));
    ClockOffsetUtc utc = clock.map(Clock::getUtc).orElse(null);
    String timezone = clock.map(Clock::getTimezone).orElse(null);
    List<dev.coexist.launcher.domain.Clock.Timer> timers =
        clock
            .map(Clock::getTimer)
            .map(t -> timers(t.getAdditionalProperties(), problems))
            .orElse(List.of());
    if (utc != null && timezone != null) {
      problems.invalid(CLOCK, "set either utc or timezone, not both");
    }
    if (timezone != null) {
      domain.clock(new dev.coexist.launcher.domain.Clock("timezone", null, null, timezone, timers));
      return;
    }
    Integer offset = utc == null ? null : utc.getOffsetSeconds();
    if (utc != null) {
      problems.rejectUnknownFields(CLOCK + ".utc", utc);
    }
    if (offset != null && offset != 0) {
      domain.clock(
          new dev.coexist.launcher.domain.Clock(
              "variable", offset.longValue(), "utc", null, timers));
    } else {
      domain.clock(new dev.coexist.launcher.domain.Clock("utc", null, null, null, timers));
    }
  }

  private static List<dev.coexist.launcher.domain.Clock.Timer> timers(
      Map<String, Object> timer, Problems problems) {
    String base = CLOCK + ".timer";
    problems.rejectKeys(base, timer, TIMER_ORDER);
    List<dev.coexist.launcher.domain.Clock.Timer> result = new ArrayList<>();
    for (String name : TIMER_ORDER) {
      Object settings = timer.get(name);
      if (settings == null) {
        continue;
      }
      if (!(settings instanceof Map<?, ?> map)) {
        problems.invalid(base + "." + name, "must be an object");
        continue;
      }
      result.add(timer(name, map, base + "." + name, problems));
    }
    return result;
  }

  private static dev.coexist.launcher.domain.Clock.Timer timer(
      String name, Map<?, ?> settings, String field, Problems problems) {
    for (Object key : settings.keySet()) {
      if (!List.of("present", "tickPolicy", "track").contains(String.valueOf(key))) {
        problems.unsupported(field + "." + key);
      }
    }
    String tickPolicy = stringOrNull(settings.get("tickPolicy"));
    if (tickPolicy != null && !TICK_POLICIES.contains(tickPolicy)) {
      problems.unsupportedValue(field + ".tickPolicy", tickPolicy, TICK_POLICIES);
    }
    String track = stringOrNull(settings.get("track"));
    if (track != null && !TRACKS.contains(track)) {
      problems.unsupportedValue(field + ".track", track, TRACKS);
    }
    Object present = settings.get("present");
    String presentAttr = null;
    if (present instanceof Boolean b) {
      presentAttr = b ? "yes" : "no";
    } else if (present != null) {
      problems.invalid(field + ".present", "must be true or false");
    }
    return new dev.coexist.launcher.domain.Clock.Timer(
        TIMERS.get(name), tickPolicy, track, presentAttr);
  }

  private static String stringOrNull(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
