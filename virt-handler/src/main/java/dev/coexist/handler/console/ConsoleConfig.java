package dev.coexist.handler.console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The console server's configuration, parsed once in {@code main} from the environment.
 *
 * @param enabled whether to serve port 8186 ({@code COEXIST_HANDLER_CONSOLE_ENABLED}, default true)
 * @param port the port ({@code COEXIST_HANDLER_CONSOLE_PORT}, default 8186, KubeVirt's)
 * @param certDir the mounted Secret {@code coexist-handler-certs} ({@code
 *     COEXIST_HANDLER_CERT_DIR}, default {@code /etc/coexist/handler-certs})
 * @param clientCn the CN the client certificate must carry ({@code COEXIST_HANDLER_CLIENT_CN},
 *     default {@code coexist-subresources})
 * @param certPoll how often the certificate files are looked at ({@code
 *     COEXIST_HANDLER_CERT_POLL_SECONDS}, default 10): the server starts once they exist and
 *     reloads them when they change
 */
public record ConsoleConfig(
    boolean enabled, int port, Path certDir, String clientCn, Duration certPoll) {

  /**
   * Parses the environment.
   *
   * @throws IllegalArgumentException naming the variable when a value is invalid
   */
  public static ConsoleConfig fromEnv(Map<String, String> env) {
    String enabled = env.getOrDefault("COEXIST_HANDLER_CONSOLE_ENABLED", "true").trim();
    if (!enabled.equals("true") && !enabled.equals("false")) {
      throw new IllegalArgumentException(
          "COEXIST_HANDLER_CONSOLE_ENABLED: must be true or false, got " + enabled);
    }
    Path dir = Path.of(env.getOrDefault("COEXIST_HANDLER_CERT_DIR", "/etc/coexist/handler-certs"));
    if (!dir.isAbsolute()) {
      throw new IllegalArgumentException(
          "COEXIST_HANDLER_CERT_DIR: must be an absolute path, got " + dir);
    }
    String cn = env.getOrDefault("COEXIST_HANDLER_CLIENT_CN", "coexist-subresources").trim();
    if (cn.isEmpty()) {
      throw new IllegalArgumentException("COEXIST_HANDLER_CLIENT_CN: must not be empty");
    }
    return new ConsoleConfig(
        Boolean.parseBoolean(enabled),
        intVar(env, "COEXIST_HANDLER_CONSOLE_PORT", 8186, 0, 65535),
        dir,
        cn,
        Duration.ofSeconds(intVar(env, "COEXIST_HANDLER_CERT_POLL_SECONDS", 10, 1, 3600)));
  }

  private static int intVar(Map<String, String> env, String name, int dflt, int min, int max) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    int n;
    try {
      n = Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not an integer: " + v, e);
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(
          name + ": " + n + " is out of range [" + min + ", " + max + "]");
    }
    return n;
  }
}
