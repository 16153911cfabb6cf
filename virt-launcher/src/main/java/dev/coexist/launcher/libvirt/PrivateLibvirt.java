package dev.coexist.launcher.libvirt;

import dev.coexist.launcher.process.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A launcher's own libvirtd (no virtlogd: QEMU writes its logs to files, see {@link
 * DaemonConfig#qemu()}). Everything lives under the launcher's private dir:
 *
 * <pre>
 *   libvirt-sock          the daemon's socket (URI {@link #uri()})
 *   libvirtd.conf, etc/qemu.conf
 *   libvirtd.log, daemons.out, libvirtd.pid
 *   run/ lib/ cache/ log/ libvirt's state dirs (bind-mounted in {@link Isolation#MOUNT_NAMESPACE})
 * </pre>
 *
 * {@link #close()} stops libvirtd; the caller must have stopped its domains first.
 */
public final class PrivateLibvirt implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PrivateLibvirt.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  /**
   * Execs libvirtd, so the started process is libvirtd. $1 = private dir, $2 = 1 to bind-mount
   * libvirt's fixed paths (mount namespace) or 0 to write qemu.conf into the container's
   * /etc/libvirt, $3 = the dir to mount on /var/cache/libvirt, $4 = 1 to take /dev/kvm out of the
   * container's own /dev (emulation in a container).
   */
  private static final String LAUNCH_SCRIPT =
      """
      set -eu
      d=$1
      if [ "$2" = 1 ]; then
        for m in etc:/etc/libvirt run:/run/libvirt lib:/var/lib/libvirt log:/var/log/libvirt; do
          mkdir -p "${m#*:}"
          mount --bind "$d/${m%%:*}" "${m#*:}"
        done
        mkdir -p /var/cache/libvirt
        mount --bind "$3" /var/cache/libvirt
      else
        mkdir -p /etc/libvirt /run/libvirt /var/lib/libvirt /var/log/libvirt
        cp "$d/etc/qemu.conf" /etc/libvirt/qemu.conf
        # The launcher image pre-seeds QEMU's capability cache; make it match this unpacked copy
        # so libvirtd does not re-probe QEMU at every pod start (docs/testing.md).
        if [ -x /usr/local/bin/coexist-libvirt-caps-fixup ]; then
          /usr/local/bin/coexist-libvirt-caps-fixup /usr/sbin/libvirtd
        fi
        # Emulation: like KubeVirt's launcher under useEmulation, this container offers no KVM. A
        # privileged container still gets the host's /dev/kvm in its own /dev; libvirt would then
        # take the image's capability cache (probed without KVM) for outdated and probe QEMU
        # again, for KVM and for TCG, at every pod start.
        if [ "$4" = 1 ] && [ -c /dev/kvm ]; then
          rm -f /dev/kvm || echo "launch-libvirt: could not remove /dev/kvm; libvirt re-probes QEMU"
        fi
      fi
      # libvirtd runs on the first CPU it may use: its cached QEMU capabilities hold the host's
      # CPUID data, whose leaf 0x1f carries the x2APIC id of the CPU that read it, so a daemon
      # started on another CPU would find the cache outdated and re-probe QEMU (seconds of TCG).
      # QEMU itself is not confined: libvirt gives a domain without a cpuset all host CPUs.
      cpu=$(taskset -pc $$ | sed 's/.*: *//; s/[-,].*//')
      exec taskset -c "$cpu" /usr/sbin/libvirtd -f "$d/libvirtd.conf" -p "$d/libvirtd.pid"
      """;

  private final Path dir;
  private final Process libvirtd;

  private PrivateLibvirt(Path dir, Process libvirtd) {
    this.dir = dir;
    this.libvirtd = libvirtd;
  }

  /** Writes the configs and starts libvirtd; returns once the socket accepts clients. */
  public static PrivateLibvirt start(Path privateDir, Isolation isolation)
      throws InterruptedException {
    return start(privateDir, isolation, null, false);
  }

  /**
   * As {@link #start(Path, Isolation)}, with libvirt's cache dir (QEMU capabilities) at {@code
   * sharedCache} when not null (mount namespace only): libvirt validates the cached capabilities
   * against the QEMU binary and re-probes only when it changed, so runs after the first skip the
   * probe (4–5 s of QEMU starts under TCG). With {@code emulation} in {@link Isolation#CONTAINER},
   * the container's {@code /dev/kvm} is removed before libvirtd starts (a privileged container sees
   * the host's): QEMU runs under TCG, and the image's capability cache, probed without KVM, stays
   * valid. A mount namespace on a shared host never touches {@code /dev}.
   */
  public static PrivateLibvirt start(
      Path privateDir, Isolation isolation, Path sharedCache, boolean emulation)
      throws InterruptedException {
    Path dir = privateDir.toAbsolutePath();
    writeConfigs(dir);
    Path cache = sharedCache == null ? dir.resolve("cache") : sharedCache.toAbsolutePath();
    try {
      Files.createDirectories(cache);
    } catch (IOException e) {
      throw new UncheckedIOException("creating libvirt's cache dir " + cache, e);
    }
    List<String> cmd = new ArrayList<>();
    if (isolation == Isolation.MOUNT_NAMESPACE) {
      cmd.addAll(List.of("unshare", "--mount", "--propagation", "private", "--"));
    }
    cmd.addAll(
        List.of(
            "/bin/sh",
            "-c",
            LAUNCH_SCRIPT,
            "launch-libvirt",
            dir.toString(),
            isolation == Isolation.MOUNT_NAMESPACE ? "1" : "0",
            cache.toString(),
            isolation == Isolation.CONTAINER && emulation ? "1" : "0"));
    Path out = dir.resolve("daemons.out");
    Process p;
    try {
      p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("starting libvirtd (is libvirt-daemon installed?)", e);
    }
    PrivateLibvirt daemons = new PrivateLibvirt(dir, p);
    try {
      Processes.awaitUnixListener(
          dir.resolve("libvirt-sock"), START_TIMEOUT, p::isAlive, "libvirtd");
    } catch (TimeoutException | IllegalStateException e) {
      daemons.close();
      throw new LibvirtFailure("libvirtd did not start; see " + out + " and libvirtd.log", e);
    }
    LOG.info("private libvirtd pid {} on {}", p.pid(), daemons.uri());
    return daemons;
  }

  private static void writeConfigs(Path dir) {
    try {
      for (String sub : List.of("etc", "run", "lib", "cache", "log")) {
        Files.createDirectories(dir.resolve(sub));
      }
      Files.deleteIfExists(dir.resolve("libvirt-sock"));
      Files.writeString(
          dir.resolve("libvirtd.conf"), DaemonConfig.libvirtd(dir, dir.resolve("libvirtd.log")));
      Files.writeString(dir.resolve("etc/qemu.conf"), DaemonConfig.qemu());
    } catch (IOException e) {
      throw new UncheckedIOException("writing libvirt configuration into " + dir, e);
    }
  }

  /** The URI of this daemon. */
  public String uri() {
    return "qemu+unix:///system?socket=" + dir.resolve("libvirt-sock");
  }

  /** libvirtd's pid. */
  public long libvirtdPid() {
    return libvirtd.pid();
  }

  /** Whether libvirtd still runs. */
  public boolean alive() {
    return libvirtd.isAlive();
  }

  /** Stops libvirtd; returns when it is gone. */
  @Override
  public void close() {
    try {
      Processes.stop(libvirtd.toHandle(), STOP_GRACE);
      LOG.info("private libvirtd stopped");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      libvirtd.destroyForcibly();
    }
  }
}
