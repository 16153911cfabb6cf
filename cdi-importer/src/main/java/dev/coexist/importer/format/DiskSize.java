package dev.coexist.importer.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes quantities and the usable-size arithmetic CDI applies to Filesystem PVCs. */
public final class DiskSize {
  /** CDI aligns the usable size down to 1 MiB ({@code DefaultAlignBlockSize}). */
  public static final long ALIGNMENT = 1L << 20;

  /** Without filesystem overhead the size is only aligned down to a sector. */
  public static final long SECTOR = 512;

  private static final Pattern QUANTITY =
      Pattern.compile(
          "^([+]?[0-9]+(?:\\.[0-9]*)?|[+]?\\.[0-9]+)(?:([eE][+-]?[0-9]+)|([A-Za-z]*))$");

  private static final Map<String, BigDecimal> SUFFIXES =
      Map.ofEntries(
          Map.entry("", BigDecimal.ONE),
          Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
          Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
          Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
          Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
          Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
          Map.entry("Ei", BigDecimal.valueOf(1L << 60)),
          Map.entry("k", BigDecimal.TEN.pow(3)),
          Map.entry("M", BigDecimal.TEN.pow(6)),
          Map.entry("G", BigDecimal.TEN.pow(9)),
          Map.entry("T", BigDecimal.TEN.pow(12)),
          Map.entry("P", BigDecimal.TEN.pow(15)),
          Map.entry("E", BigDecimal.TEN.pow(18)));

  private DiskSize() {}

  /**
   * Parses a Kubernetes quantity ({@code 2Gi}, {@code 500M}, {@code 1e9}, {@code 1073741824}) into
   * bytes, rounding a fractional byte up as Kubernetes does.
   *
   * @param field the field path named in errors
   * @throws IllegalArgumentException naming {@code field} when malformed, negative or zero
   */
  public static long parseQuantity(String field, String value) {
    Matcher m = QUANTITY.matcher(value.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          field + ": '" + value + "' is not a Kubernetes quantity (e.g. 10Gi, 500M, 1073741824)");
    }
    BigDecimal number = new BigDecimal(m.group(1));
    BigDecimal bytes;
    if (m.group(2) != null) {
      bytes = number.scaleByPowerOfTen(Integer.parseInt(m.group(2).substring(1)));
    } else {
      BigDecimal multiplier = SUFFIXES.get(m.group(3));
      if (multiplier == null) {
        throw new IllegalArgumentException(
            field + ": unknown suffix '" + m.group(3) + "' (use Ki, Mi, Gi, Ti, k, M, G, T)");
      }
      bytes = number.multiply(multiplier);
    }
    BigDecimal rounded = bytes.setScale(0, RoundingMode.CEILING);
    if (rounded.signum() <= 0 || rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(field + ": '" + value + "' is out of range");
    }
    return rounded.longValueExact();
  }

  /**
   * Parses a filesystem overhead fraction ({@code 0.06}).
   *
   * @throws IllegalArgumentException naming {@code field} unless {@code 0 <= overhead < 1}
   */
  public static BigDecimal parseOverhead(String field, String value) {
    BigDecimal overhead;
    try {
      overhead = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          field + ": '" + value + "' is not a fraction like 0.06", e);
    }
    if (overhead.signum() < 0 || overhead.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(field + ": must be in [0, 1), got " + value);
    }
    return overhead;
  }

  /**
   * The size disk.img may use on a target of {@code requested} bytes: CDI's {@code GetUsableSpace}
   * = ceil((1 − overhead) × requested), aligned down to 1 MiB; without overhead (block volumes,
   * standalone {@code SIZE=}) only aligned down to 512 bytes.
   */
  public static long usable(long requested, BigDecimal overhead) {
    if (overhead.signum() == 0) {
      return requested - requested % SECTOR;
    }
    long withOverhead =
        BigDecimal.ONE
            .subtract(overhead)
            .multiply(BigDecimal.valueOf(requested))
            .setScale(0, RoundingMode.CEILING)
            .longValueExact();
    return withOverhead - withOverhead % ALIGNMENT;
  }

  /** A short human form for messages: {@code 2.0 GiB}. */
  public static String human(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
