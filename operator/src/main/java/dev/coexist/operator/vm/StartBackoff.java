package dev.coexist.operator.vm;

import java.time.Duration;
import java.util.Objects;

/**
 * The crash-loop back-off of a VM whose VMIs keep failing before they run: the first retry waits
 * {@code base}, each further one twice as long, never more than {@code max} (KubeVirt: 10 s
 * doubling up to 5 min; no jitter).
 */
public record StartBackoff(Duration base, Duration max) {

  public StartBackoff {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(max, "max");
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("start back-off: need 0 < base <= max");
    }
  }

  /** KubeVirt's values: 10 s, capped at 300 s. */
  public static StartBackoff kubevirtDefault() {
    return new StartBackoff(Duration.ofSeconds(10), Duration.ofSeconds(300));
  }

  /** The wait after the {@code consecutiveFailures}-th start failure in a row (1-based). */
  public Duration delayAfter(int consecutiveFailures) {
    if (consecutiveFailures < 1) {
      return Duration.ZERO;
    }
    Duration d = base;
    for (int i = 1; i < consecutiveFailures && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(max) > 0 ? max : d;
  }
}
