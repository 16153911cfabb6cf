package dev.coexist.importer.format;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An expected digest as CDI spells it in {@code spec.source.http.checksum}: {@code
 * <algorithm>:<hex>} with algorithm {@code sha256}, {@code sha512}, {@code sha1} or {@code md5}.
 *
 * @param algorithm the algorithm
 * @param hex the expected digest, lower-case hex
 */
public record Checksum(Algorithm algorithm, String hex) {

  /** Supported digest algorithms. */
  public enum Algorithm {
    MD5("md5", "MD5", 32),
    SHA1("sha1", "SHA-1", 40),
    SHA256("sha256", "SHA-256", 64),
    SHA512("sha512", "SHA-512", 128);

    private final String prefix;
    private final String jcaName;
    private final int hexLength;

    Algorithm(String prefix, String jcaName, int hexLength) {
      this.prefix = prefix;
      this.jcaName = jcaName;
      this.hexLength = hexLength;
    }

    /** The {@code sha256} in {@code sha256:<hex>}. */
    public String prefix() {
      return prefix;
    }

    /** A fresh digest for this algorithm. */
    public MessageDigest newDigest() {
      try {
        return MessageDigest.getInstance(jcaName);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JDK lacks " + jcaName, e);
      }
    }
  }

  /**
   * Parses {@code <algorithm>:<hex>}.
   *
   * @param field the field path named in errors (e.g. {@code IMPORTER_CHECKSUM})
   * @throws IllegalArgumentException with a message naming {@code field} when malformed
   */
  public static Checksum parse(String field, String value) {
    String v = value.strip();
    int colon = v.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          field + ": expected <algorithm>:<hex> (sha256, sha512, sha1 or md5), got '" + v + "'");
    }
    String name = v.substring(0, colon).toLowerCase(Locale.ROOT);
    String hex = v.substring(colon + 1).toLowerCase(Locale.ROOT);
    for (Algorithm a : Algorithm.values()) {
      if (a.prefix.equals(name)) {
        if (hex.length() != a.hexLength || !hex.chars().allMatch(Checksum::isHexDigit)) {
          throw new IllegalArgumentException(
              field
                  + ": a "
                  + name
                  + " digest is "
                  + a.hexLength
                  + " hex digits, got '"
                  + hex
                  + "'");
        }
        return new Checksum(a, hex);
      }
    }
    throw new IllegalArgumentException(
        field + ": unsupported algorithm '" + name + "' (use sha256, sha512, sha1 or md5)");
  }

  /** True when {@code digest} (the bytes computed) equals the expected digest. */
  public boolean matches(byte[] digest) {
    return MessageDigest.isEqual(HexFormat.of().parseHex(hex), digest);
  }

  /** {@code <algorithm>:<hex>} of a computed digest. */
  public static String format(Algorithm algorithm, byte[] digest) {
    return algorithm.prefix + ":" + HexFormat.of().formatHex(digest);
  }

  @Override
  public String toString() {
    return algorithm.prefix + ":" + hex;
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
