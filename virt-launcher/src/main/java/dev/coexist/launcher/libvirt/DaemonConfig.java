package dev.coexist.launcher.libvirt;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The configuration files of a launcher's private libvirtd, as pure functions of the launcher's
 * private dir. libvirt's config syntax is {@code key = value} with quoted strings and {@code [..]}
 * lists; values are rendered from typed Java values. There is no virtlogd: QEMU writes its logs
 * (the serial console log included) to plain files ({@code stdio_handler = "file"}), which saves a
 * daemon (≈ 16 MiB RSS) per VM; the launcher bounds the serial log itself.
 */
public final class DaemonConfig {
  /** Serial log rotation: the launcher keeps about this many bytes of it plus one backup. */
  public static final long SERIAL_LOG_MAX_BYTES = 1024 * 1024;

  private DaemonConfig() {}

  /** libvirtd.conf: sockets in {@code socketDir}, no auth on them (they are 0700 dirs). */
  public static String libvirtd(Path socketDir, Path logFile) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unix_sock_dir", socketDir.toString());
    m.put("unix_sock_rw_perms", "0700");
    m.put("auth_unix_rw", "none");
    m.put("auth_unix_ro", "none");
    m.put("log_outputs", "3:file:" + logFile);
    m.put("max_clients", 20);
    m.put("max_workers", 4);
    m.put("min_workers", 1);
    m.put("prio_workers", 1);
    return render(m);
  }

  /**
   * qemu.conf fit for a container: no per-VM mount namespace, no libvirt cgroup management, no
   * security driver, QEMU as root (like KubeVirt's launcher, which relies on the pod instead).
   */
  public static String qemu() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("namespaces", List.of());
    m.put("cgroup_controllers", List.of());
    m.put("security_driver", "none");
    m.put("user", "root");
    m.put("group", "root");
    m.put("dynamic_ownership", 0);
    m.put("remember_owner", 0);
    m.put("clear_emulator_capabilities", 0);
    m.put("stdio_handler", "file");
    return render(m);
  }

  static String render(Map<String, Object> settings) {
    return settings.entrySet().stream()
            .map(e -> e.getKey() + " = " + value(e.getValue()))
            .collect(Collectors.joining("\n"))
        + "\n";
  }

  private static String value(Object v) {
    if (v instanceof Number) {
      return v.toString();
    }
    if (v instanceof List<?> list) {
      return list.stream().map(DaemonConfig::value).collect(Collectors.joining(", ", "[", "]"));
    }
    String s = v.toString();
    if (s.contains("\"") || s.contains("\n")) {
      throw new IllegalArgumentException("libvirt config value may not contain quotes: " + s);
    }
    return "\"" + s + "\"";
  }
}
