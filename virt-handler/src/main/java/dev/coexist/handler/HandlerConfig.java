package dev.coexist.handler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The handler's configuration, parsed once in {@code main} from the environment.
 *
 * @param nodeName this node ({@code NODE_NAME}, from the downward API; required)
 * @param podsDir the kubelet pods dir as mounted ({@code COEXIST_PODS_DIR}, default {@code /pods};
 *     the host's {@code <kubelet root>/pods})
 * @param port health, readiness and metrics port ({@code COEXIST_HANDLER_PORT}, default 8185)
 * @param workers sync workers ({@code COEXIST_HANDLER_WORKERS}, default 12; a SYNC blocks one until
 *     the domain started, so this many VMs of a node start at once: with 4, ten VMs created
 *     together started in three waves, docs/performance.md)
 * @param devKvm the KVM device ({@code COEXIST_DEV_KVM}, default {@code /dev/kvm})
 * @param sysModule the kernel module dir ({@code COEXIST_SYS_MODULE}, default {@code /sys/module})
 * @param forcedEmulation {@code COEXIST_USE_EMULATION=true|false} overrides the KVM decision
 * @param commandTimeout launcher command timeout ({@code COEXIST_LAUNCHER_TIMEOUT_SECONDS}, 30)
 * @param syncTimeout launcher {@code SYNC} timeout ({@code COEXIST_LAUNCHER_SYNC_TIMEOUT_SECONDS},
 *     300)
 * @param runningResync how often active domains are polled ({@code COEXIST_RESYNC_SECONDS}, 30)
 */
public record HandlerConfig(
    String nodeName,
    Path podsDir,
    int port,
    int workers,
    Path devKvm,
    Path sysModule,
    Optional<Boolean> forcedEmulation,
    Duration commandTimeout,
    Duration syncTimeout,
    Duration runningResync) {

  /**
   * Parses the environment.
   *
   * @throws IllegalArgumentException naming the variable when a value is missing or invalid
   */
  public static HandlerConfig fromEnv(Map<String, String> env) {
    String node = env.get("NODE_NAME");
    if (node == null || node.isBlank()) {
      throw new IllegalArgumentException(
          "NODE_NAME: required (set it from the downward API: fieldRef spec.nodeName)");
    }
    Path pods = Path.of(env.getOrDefault("COEXIST_PODS_DIR", "/pods"));
    if (!pods.isAbsolute()) {
      throw new IllegalArgumentException("COEXIST_PODS_DIR: must be an absolute path, got " + pods);
    }
    return new HandlerConfig(
        node.trim(),
        pods,
        intVar(env, "COEXIST_HANDLER_PORT", 8185, 0, 65535),
        intVar(env, "COEXIST_HANDLER_WORKERS", 12, 1, 64),
        Path.of(env.getOrDefault("COEXIST_DEV_KVM", "/dev/kvm")),
        Path.of(env.getOrDefault("COEXIST_SYS_MODULE", "/sys/module")),
        boolVar(env, "COEXIST_USE_EMULATION"),
        Duration.ofSeconds(intVar(env, "COEXIST_LAUNCHER_TIMEOUT_SECONDS", 30, 1, 3600)),
        Duration.ofSeconds(intVar(env, "COEXIST_LAUNCHER_SYNC_TIMEOUT_SECONDS", 300, 1, 3600)),
        Duration.ofSeconds(intVar(env, "COEXIST_RESYNC_SECONDS", 30, 1, 3600)));
  }

  private static int intVar(Map<String, String> env, String name, int dflt, int min, int max) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n < min || n > max) {
        throw new IllegalArgumentException(
            name + ": " + n + " is out of range [" + min + ", " + max + "]");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not an integer: " + v, e);
    }
  }

  private static Optional<Boolean> boolVar(Map<String, String> env, String name) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    return switch (v.trim().toLowerCase()) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> throw new IllegalArgumentException(name + ": must be true or false, got " + v);
    };
  }
}
