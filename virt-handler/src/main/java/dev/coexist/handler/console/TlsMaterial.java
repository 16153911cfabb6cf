package dev.coexist.handler.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The console server's certificates as mounted from Secret {@code coexist-handler-certs}: {@code
 * ca.crt} (the CA client certificates must chain to), {@code tls.crt} and {@code tls.key} (PEM).
 *
 * @param caPem the client CA
 * @param certPem the serving certificate
 * @param keyPem its private key
 */
public record TlsMaterial(String caPem, String certPem, String keyPem) {
  /** The CA file name in the mounted Secret. */
  public static final String CA = "ca.crt";

  /** The certificate file name. */
  public static final String CERT = "tls.crt";

  /** The key file name. */
  public static final String KEY = "tls.key";

  /**
   * Reads the three files; empty while any of them is missing or empty (the Secret does not exist
   * yet: kubelet mounts an optional Secret as an empty directory and fills it later).
   *
   * @throws IOException when a file exists but cannot be read
   */
  public static Optional<TlsMaterial> read(Path dir) throws IOException {
    Optional<String> ca = readIfPresent(dir.resolve(CA));
    Optional<String> cert = readIfPresent(dir.resolve(CERT));
    Optional<String> key = readIfPresent(dir.resolve(KEY));
    if (ca.isEmpty() || cert.isEmpty() || key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TlsMaterial(ca.get(), cert.get(), key.get()));
  }

  private static Optional<String> readIfPresent(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    String s = Files.readString(p, StandardCharsets.US_ASCII);
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  @Override
  public String toString() {
    return "TlsMaterial[key hidden]";
  }
}
