package dev.coexist.operator;

import dev.coexist.operator.dv.DataVolumeConfig;
import dev.coexist.operator.vm.StartBackoff;
import dev.coexist.operator.vmi.model.LauncherPodConfig;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's whole configuration, parsed and validated once in {@link Main} from the
 * environment. Nothing below {@code main} reads the environment.
 *
 * @param version the build version
 * @param watchNamespaces namespaces to watch; empty means all namespaces
 * @param launcherPod what launcher pods are built with
 * @param startBackoff the crash-loop back-off of VMs whose VMI fails before it runs
 * @param httpPort the port of /healthz, /readyz and /metrics
 * @param leaderElection the Lease to hold before reconciling, empty to run without one (tests)
 * @param dataVolumes what the DataVolume controller's importer pods are built with
 */
public record OperatorConfig(
    String version,
    Set<String> watchNamespaces,
    LauncherPodConfig launcherPod,
    StartBackoff startBackoff,
    int httpPort,
    Optional<LeaderElection> leaderElection,
    DataVolumeConfig dataVolumes) {

  /** A configuration with the DataVolume controller's defaults. */
  public OperatorConfig(
      String version,
      Set<String> watchNamespaces,
      LauncherPodConfig launcherPod,
      StartBackoff startBackoff,
      int httpPort,
      Optional<LeaderElection> leaderElection) {
    this(
        version,
        watchNamespaces,
        launcherPod,
        startBackoff,
        httpPort,
        leaderElection,
        DataVolumeConfig.defaults());
  }

  /** Default memory overhead of a launcher pod until docs/performance.md measures it. */
  public static final String DEFAULT_MEMORY_OVERHEAD = "160Mi";

  /**
   * The Lease replicas compete for.
   *
   * @param leaseName the Lease's name
   * @param leaseNamespace the Lease's namespace (the operator's own)
   * @param identity this replica's name (its pod name)
   */
  public record LeaderElection(String leaseName, String leaseNamespace, String identity) {}

  /**
   * Parses the environment.
   *
   * @throws IllegalArgumentException naming the variable that is invalid
   */
  public static OperatorConfig fromEnv(String version, Map<String, String> env) {
    EnvReader r = new EnvReader(env);
    LauncherPodConfig pod =
        new LauncherPodConfig(
            r.string("COEXIST_LAUNCHER_IMAGE", "localhost/coexist/virt-launcher:latest"),
            r.oneOf("COEXIST_LAUNCHER_PULL_POLICY", "IfNotPresent", "IfNotPresent", "Never"),
            r.quantity("COEXIST_LAUNCHER_MEMORY_OVERHEAD", DEFAULT_MEMORY_OVERHEAD),
            r.quantity("COEXIST_LAUNCHER_CPU_REQUEST", "100m"),
            r.integer("COEXIST_LAUNCHER_GRACE_MARGIN_SECONDS", 15, 0, 3600),
            r.bool("COEXIST_LAUNCHER_USE_KVM", false),
            r.bool("COEXIST_LAUNCHER_PRIVILEGED", true));
    StartBackoff backoff =
        new StartBackoff(
            Duration.ofSeconds(r.integer("COEXIST_START_BACKOFF_BASE_SECONDS", 10, 1, 3600)),
            Duration.ofSeconds(r.integer("COEXIST_START_BACKOFF_MAX_SECONDS", 300, 1, 86400)));
    Optional<LeaderElection> election =
        r.bool("COEXIST_LEADER_ELECTION", true)
            ? Optional.of(
                new LeaderElection(
                    r.string("COEXIST_LEASE_NAME", "coexist-operator"),
                    r.required("POD_NAMESPACE"),
                    r.required("POD_NAME")))
            : Optional.empty();
    return new OperatorConfig(
        version,
        r.list("COEXIST_WATCH_NAMESPACES"),
        pod,
        backoff,
        (int) r.integer("COEXIST_HTTP_PORT", 8080, 0, 65535),
        election,
        DataVolumeConfig.fromEnv(env));
  }

  /** Reads typed values from the environment, naming the variable in every error. */
  private record EnvReader(Map<String, String> env) {
    String string(String name, String def) {
      String v = env.get(name);
      return v == null || v.isBlank() ? def : v.trim();
    }

    String required(String name) {
      String v = string(name, null);
      if (v == null) {
        throw new IllegalArgumentException(
            name
                + ": required when COEXIST_LEADER_ELECTION is true (set it from the downward API)");
      }
      return v;
    }

    String oneOf(String name, String def, String... allowed) {
      String v = string(name, def);
      for (String a : allowed) {
        if (a.equals(v)) {
          return v;
        }
      }
      throw new IllegalArgumentException(
          name + ": " + v + " is not one of " + String.join(", ", allowed));
    }

    Quantity quantity(String name, String def) {
      String v = string(name, def);
      try {
        Quantity q = new Quantity(v);
        if (q.getNumericalAmount().signum() < 0) {
          throw new IllegalArgumentException(name + ": must not be negative: " + v);
        }
        return q;
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": not a quantity: " + v, e);
      }
    }

    long integer(String name, long def, long min, long max) {
      String v = string(name, null);
      if (v == null) {
        return def;
      }
      try {
        long n = Long.parseLong(v);
        if (n < min || n > max) {
          throw new IllegalArgumentException(
              name + ": " + n + " is outside [" + min + ", " + max + "]");
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ": not an integer: " + v, e);
      }
    }

    boolean bool(String name, boolean def) {
      String v = string(name, null);
      if (v == null) {
        return def;
      }
      if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(v);
      }
      throw new IllegalArgumentException(name + ": must be true or false, not " + v);
    }

    Set<String> list(String name) {
      String v = string(name, "");
      return v.isEmpty() ? Set.of() : Set.of(v.split("\\s*,\\s*"));
    }
  }
}
