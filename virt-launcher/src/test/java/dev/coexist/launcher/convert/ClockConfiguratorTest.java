package dev.coexist.launcher.convert;

import static dev.coexist.launcher.convert.TestVmis.vmi;
import static dev.coexist.launcher.convert.TestVmis.withDomain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.kubevirt.v1.Clock;
import dev.coexist.crds.kubevirt.v1.ClockOffsetUtc;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.model.OpenObject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClockConfiguratorTest {

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of("default: UTC", vmi(), "<clock offset='utc'/>"),
        Arguments.of(
            "UTC with an offset",
            vmi(withClock(c -> c.setUtc(utc(3600)))),
            "<clock offset='variable' adjustment='3600' basis='utc'/>"),
        Arguments.of(
            "timezone",
            vmi(withClock(c -> c.setTimezone("Europe/Prague"))),
            "<clock offset='timezone' timezone='Europe/Prague'/>"),
        Arguments.of(
            "timers in libvirt order",
            vmi(
                withClock(
                    c -> {
                      c.setUtc(new ClockOffsetUtc());
                      c.setTimer(
                          timers(
                              Map.of(
                                  "rtc", Map.of("tickPolicy", "catchup", "track", "guest"),
                                  "hpet", Map.of("present", false),
                                  "pit", Map.of("tickPolicy", "delay"))));
                    })),
            "<clock offset='utc'><timer name='hpet' present='no'/>"
                + "<timer name='pit' tickpolicy='delay'/>"
                + "<timer name='rtc' tickpolicy='catchup' track='guest'/></clock>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conversions")
  void converts(String name, VirtualMachineInstance vmi, String expected) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new ClockConfigurator());

    assertThat(out.problems()).isEmpty();
    assertThat(Harness.fragment("clock", out.domain().clock()))
        .isEqualTo(Harness.compact(expected));
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of(
            "both offsets",
            vmi(
                withClock(
                    c -> {
                      c.setUtc(utc(0));
                      c.setTimezone("UTC");
                    })),
            List.of("spec.domain.clock: set either utc or timezone, not both")),
        Arguments.of(
            "unknown timer and tick policy",
            vmi(
                withClock(
                    c ->
                        c.setTimer(
                            timers(
                                Map.of(
                                    "tsc", Map.of(),
                                    "rtc", Map.of("tickPolicy", "sometimes")))))),
            List.of(
                "spec.domain.clock.timer.tsc: not supported by coexist",
                "spec.domain.clock.timer.rtc.tickPolicy: unsupported value \"sometimes\""
                    + " (supported: delay, catchup, merge, discard)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void reportsProblems(String name, VirtualMachineInstance vmi, List<String> expected) {
    Harness.Outcome out = Harness.run(vmi, TestContexts.ctxFor(vmi), new ClockConfigurator());

    assertThat(out.problems()).containsExactlyInAnyOrderElementsOf(expected);
  }

  static TestVmis.Option withClock(Consumer<Clock> change) {
    return withDomain(
        d -> {
          Clock clock = new Clock();
          change.accept(clock);
          d.setClock(clock);
        });
  }

  static ClockOffsetUtc utc(int offset) {
    ClockOffsetUtc utc = new ClockOffsetUtc();
    utc.setOffsetSeconds(offset);
    return utc;
  }

  static OpenObject timers(Map<String, Object> timers) {
    OpenObject timer = new OpenObject();
    timers.forEach(timer::setAdditionalProperty);
    return timer;
  }
}
