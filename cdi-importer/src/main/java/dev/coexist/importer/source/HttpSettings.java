package dev.coexist.importer.source;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How to talk to an HTTP(S) server.
 *
 * @param credentials basic-auth credentials (the secret's accessKeyId/secretKey)
 * @param headers extra request headers, in order
 * @param tls a TLS context trusting the custom CAs (or everything when insecure), empty for the JDK
 *     default
 * @param insecure skip host-name verification too
 * @param connectTimeout connect timeout
 * @param readTimeout a read that stalls longer than this fails (and is retried)
 */
public record HttpSettings(
    Optional<Credentials> credentials,
    List<Header> headers,
    Optional<SSLContext> tls,
    boolean insecure,
    Duration connectTimeout,
    Duration readTimeout) {

  /** Plain settings: no auth, no headers, default TLS. */
  public static HttpSettings defaults() {
    return new HttpSettings(
        Optional.empty(),
        List.of(),
        Optional.empty(),
        false,
        Duration.ofSeconds(30),
        Duration.ofSeconds(60));
  }

  /** With other credentials. */
  public HttpSettings withCredentials(Credentials c) {
    return new HttpSettings(Optional.of(c), headers, tls, insecure, connectTimeout, readTimeout);
  }

  /** Basic-auth credentials; never printed. */
  public record Credentials(String user, String password) {
    @Override
    public String toString() {
      return "Credentials[user=" + user + ", password=***]";
    }
  }

  /** One request header; the value is never printed (it may hold a token). */
  public record Header(String name, String value) {
    /**
     * Parses {@code Name: value}.
     *
     * @param field the field path named in errors
     */
    public static Header parse(String field, String line) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(
            field + ": expected 'Name: value', got a line without ':'");
      }
      String name = line.substring(0, colon).strip();
      if (!name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
        throw new IllegalArgumentException(field + ": invalid header name '" + name + "'");
      }
      return new Header(name, line.substring(colon + 1).strip());
    }

    @Override
    public String toString() {
      return "Header[" + name + "]";
    }
  }
}
