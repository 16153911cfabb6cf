package dev.coexist.launcher.run;

import dev.coexist.launcher.libvirt.Isolation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's one immutable configuration, parsed in {@code Main} from the environment (pod
 * mode; keys in {@link #fromEnv}) or derived for a standalone {@code run}.
 *
 * @param socketDir where the command, serial and VNC sockets go (the pod's {@code sockets}
 *     emptyDir, shared with virt-handler)
 * @param privateDir the launcher's own state: private libvirtd, overlays, seeds, passt
 * @param emulation TCG ({@code type='qemu'}) instead of KVM, KubeVirt's {@code useEmulation}
 * @param tcgTbCacheMiB the TCG translation-cache size (counted in the launcher's overhead)
 * @param isolation how the private libvirtd is kept apart
 * @param containerDisks the local cache of containerDisk images (standalone), or null in a pod:
 *     there the disks are used in place in the pod's containerDisk containers
 * @param containerDiskWait how long a SYNC waits for a containerDisk container to run (pod)
 * @param pvcs root of PVC mounts
 * @param configs root of mounted ConfigMaps/Secrets, or null
 * @param byVolumeName volumes are mounted under their volume name (pod) or found by image/claim
 * @param healthPort HTTP port of /healthz, /readyz, /metrics; 0 for none
 * @param defaultGrace shutdown grace when neither request nor VMI gives one
 * @param exitWhenStopped serve: exit once a synced domain has stopped (like KubeVirt's launcher)
 * @param libvirtCache libvirt's cache dir (QEMU capabilities) shared across runs, or null for a
 *     private one; standalone runs share one so only the first run probes QEMU
 */
public record LauncherConfig(
    Path socketDir,
    Path privateDir,
    boolean emulation,
    int tcgTbCacheMiB,
    Isolation isolation,
    Path containerDisks,
    Duration containerDiskWait,
    Path pvcs,
    Path configs,
    boolean byVolumeName,
    int healthPort,
    Duration defaultGrace,
    boolean exitWhenStopped,
    Path libvirtCache) {

  /** Environment keys of the pod mode (the operator's pod builder sets them). */
  public static final String SOCKET_DIR = "COEXIST_LAUNCHER_SOCKET_DIR";

  public static final String PRIVATE_DIR = "COEXIST_LAUNCHER_PRIVATE_DIR";
  public static final String EMULATION = "COEXIST_LAUNCHER_EMULATION";
  public static final String TCG_TB_CACHE_MIB = "COEXIST_LAUNCHER_TCG_TB_CACHE_MIB";
  public static final String ISOLATION = "COEXIST_LAUNCHER_LIBVIRT_ISOLATION";
  public static final String CONTAINER_DISK_WAIT = "COEXIST_LAUNCHER_CONTAINER_DISK_WAIT_SECONDS";
  public static final String PVCS = "COEXIST_LAUNCHER_PVC_DIR";
  public static final String CONFIGS = "COEXIST_LAUNCHER_CONFIG_DIR";
  public static final String HEALTH_PORT = "COEXIST_LAUNCHER_HEALTH_PORT";
  public static final String EXIT_WHEN_STOPPED = "COEXIST_LAUNCHER_EXIT_WHEN_STOPPED";

  /** The pod mode's configuration; every key has a default. */
  public static LauncherConfig fromEnv(Map<String, String> env) {
    return new LauncherConfig(
        path(env, SOCKET_DIR, "/var/run/coexist/sockets"),
        path(env, PRIVATE_DIR, "/var/run/coexist/private"),
        bool(env, EMULATION, true),
        integer(env, TCG_TB_CACHE_MIB, 64),
        Isolation.valueOf(env.getOrDefault(ISOLATION, "container").toUpperCase().replace('-', '_')),
        null,
        Duration.ofSeconds(integer(env, CONTAINER_DISK_WAIT, 120)),
        path(env, PVCS, "/var/run/kubevirt-private/vmi-disks"),
        path(env, CONFIGS, "/var/run/coexist/config"),
        true,
        integer(env, HEALTH_PORT, 8080),
        Duration.ofSeconds(30),
        bool(env, EXIT_WHEN_STOPPED, true),
        null);
  }

  /** A standalone {@code run}: everything under {@code runDir}, images from the cache. */
  public static LauncherConfig standalone(Path runDir, Path cache) {
    return new LauncherConfig(
        runDir,
        runDir,
        !kvmUsable(),
        64,
        Isolation.MOUNT_NAMESPACE,
        cache.resolve("containerdisks"),
        Duration.ZERO,
        cache.resolve("pvcs"),
        null,
        false,
        0,
        Duration.ofSeconds(30),
        false,
        cache.resolve("libvirt-cache"));
  }

  /**
   * Whether KVM can boot a stock guest here: /dev/kvm from kvm_intel or kvm_amd. kvm_pvm (nested
   * "pagetable VM") needs PVM-aware guest kernels, so it counts as no KVM.
   */
  public static boolean kvmUsable() {
    return Files.exists(Path.of("/dev/kvm"))
        && !Files.exists(Path.of("/sys/module/kvm_pvm"))
        && (Files.exists(Path.of("/sys/module/kvm_intel"))
            || Files.exists(Path.of("/sys/module/kvm_amd")));
  }

  private static Path path(Map<String, String> env, String key, String dflt) {
    return Path.of(env.getOrDefault(key, dflt));
  }

  private static boolean bool(Map<String, String> env, String key, boolean dflt) {
    String v = env.get(key);
    if (v == null) {
      return dflt;
    }
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException(key + ": expected true or false, got '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  private static int integer(Map<String, String> env, String key, int dflt) {
    try {
      return Optional.ofNullable(env.get(key)).map(Integer::parseInt).orElse(dflt);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": not a number: '" + env.get(key) + "'", e);
    }
  }
}
