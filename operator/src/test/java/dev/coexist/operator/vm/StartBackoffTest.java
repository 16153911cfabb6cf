package dev.coexist.operator.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartBackoffTest {

  @ParameterizedTest(name = "failure {0} waits {1}s")
  @CsvSource({"0,0", "1,10", "2,20", "3,40", "4,80", "5,160", "6,300", "7,300", "50,300"})
  void doublesFromTenSecondsUpToFiveMinutes(int failures, long seconds) {
    assertThat(StartBackoff.kubevirtDefault().delayAfter(failures))
        .isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void rejectsAMaxBelowTheBase() {
    assertThatThrownBy(() -> new StartBackoff(Duration.ofSeconds(10), Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base <= max");
  }
}
