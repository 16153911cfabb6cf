package dev.coexist.operator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** RFC 3339 timestamps in Kubernetes' form (UTC, whole seconds, {@code Z}). */
public final class Timestamps {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /** {@code 2026-11-27T02:00:00Z}. */
  public static String format(Instant t) {
    return FORMAT.format(t.truncatedTo(ChronoUnit.SECONDS));
  }
}
