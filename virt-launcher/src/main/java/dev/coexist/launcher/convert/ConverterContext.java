package dev.coexist.launcher.convert;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Host facts the conversion depends on; with the VMI, the only input of {@link DomainConverter}.
 *
 * @param emulation true for TCG ({@code <domain type='qemu'>}), false for KVM
 * @param arch the guest architecture libvirt emulates, e.g. {@code x86_64}
 * @param emulator the QEMU binary
 * @param defaultMachineType the machine type when the VMI names none, e.g. {@code q35}
 * @param volumes volume name to the image the launcher prepared for it
 * @param bridges interface name to the host bridge a {@code bridge} binding attaches to
 * @param socketDir directory of the serial-console and VNC unix sockets
 * @param logDir directory of the serial-console log
 * @param stateDir directory of per-VM state (the UEFI variable store)
 * @param tcgTbCacheMiB the TCG translation-cache size in MiB under emulation, or null for QEMU's
 *     default (1 GiB on 64-bit hosts)
 * @param firmware where the UEFI firmware images are
 * @param passt who runs passt for masquerade interfaces
 */
public record ConverterContext(
    boolean emulation,
    String arch,
    String emulator,
    String defaultMachineType,
    Map<String, ResolvedVolume> volumes,
    Map<String, String> bridges,
    String socketDir,
    String logDir,
    String stateDir,
    Integer tcgTbCacheMiB,
    FirmwarePaths firmware,
    PasstMode passt) {

  /** The longest unix socket path: {@code sun_path} is 108 bytes including the NUL. */
  public static final int MAX_SOCKET_PATH_BYTES = 107;

  /** File name of the serial-console socket in {@link #socketDir}. */
  public static final String SERIAL_SOCKET = "serial.sock";

  /** File name of the VNC socket in {@link #socketDir}. */
  public static final String VNC_SOCKET = "vnc.sock";

  /** The most passt interfaces a VMI may have (the socket names are sized for it). */
  public static final int MAX_PASST_INTERFACES = 100;

  /** File name of the serial-console log in {@link #logDir}. */
  public static final String SERIAL_LOG = "serial.log";

  /** File name of the per-VM UEFI variable store in {@link #stateDir}. */
  public static final String EFI_VARS = "efi-vars.fd";

  public ConverterContext {
    Objects.requireNonNull(arch, "arch");
    Objects.requireNonNull(emulator, "emulator");
    Objects.requireNonNull(defaultMachineType, "defaultMachineType");
    volumes = Map.copyOf(volumes);
    bridges = Map.copyOf(bridges);
    Objects.requireNonNull(firmware, "firmware");
    Objects.requireNonNull(passt, "passt");
    requireAbsolute("socketDir", socketDir);
    requireAbsolute("logDir", logDir);
    requireAbsolute("stateDir", stateDir);
    if (socketDir.contains(",")) {
      throw new IllegalArgumentException(
          "socketDir must not contain commas (QEMU options): " + socketDir);
    }
    for (String socket :
        new String[] {SERIAL_SOCKET, VNC_SOCKET, passtSocketName(MAX_PASST_INTERFACES - 1)}) {
      String path = socketDir + "/" + socket;
      if (path.getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH_BYTES) {
        throw new IllegalArgumentException(
            "socket path "
                + path
                + " is longer than "
                + MAX_SOCKET_PATH_BYTES
                + " bytes (sun_path); use a shorter socketDir");
      }
    }
    if (tcgTbCacheMiB != null && tcgTbCacheMiB <= 0) {
      throw new IllegalArgumentException("tcgTbCacheMiB must be positive: " + tcgTbCacheMiB);
    }
  }

  /** A builder with this host's defaults (TCG, x86_64, Debian's QEMU and OVMF, q35). */
  public static Builder builder() {
    return new Builder();
  }

  /** The serial-console socket libvirt binds. */
  public String serialSocket() {
    return socketDir + "/" + SERIAL_SOCKET;
  }

  /** The VNC socket libvirt binds. */
  public String vncSocket() {
    return socketDir + "/" + VNC_SOCKET;
  }

  /** The unix socket of the passt instance for the {@code index}-th passt interface. */
  public String passtSocket(int index) {
    return socketDir + "/" + passtSocketName(index);
  }

  private static String passtSocketName(int index) {
    return "passt" + index + ".sock";
  }

  /** The serial-console log QEMU writes (bounded by the launcher). */
  public String serialLog() {
    return logDir + "/" + SERIAL_LOG;
  }

  /** The per-VM UEFI variable store libvirt creates from the template. */
  public String efiVars() {
    return stateDir + "/" + EFI_VARS;
  }

  /** The resolved volume of that name, if the launcher prepared one. */
  public Optional<ResolvedVolume> volume(String name) {
    return Optional.ofNullable(volumes.get(name));
  }

  private static void requireAbsolute(String what, String dir) {
    Objects.requireNonNull(dir, what);
    if (!dir.startsWith("/") || dir.endsWith("/")) {
      throw new IllegalArgumentException(what + " must be absolute, without a trailing /: " + dir);
    }
  }

  /**
   * UEFI firmware images (OVMF on x86_64).
   *
   * @param code firmware code without secure boot
   * @param vars variable-store template without enrolled keys
   * @param secureCode firmware code with secure boot (needs SMM and q35)
   * @param secureVars variable-store template with Microsoft keys enrolled
   */
  public record FirmwarePaths(String code, String vars, String secureCode, String secureVars) {
    /** Debian 12's ovmf package (4 MiB images). */
    public static final FirmwarePaths DEBIAN_OVMF =
        new FirmwarePaths(
            "/usr/share/OVMF/OVMF_CODE_4M.fd",
            "/usr/share/OVMF/OVMF_VARS_4M.fd",
            "/usr/share/OVMF/OVMF_CODE_4M.secboot.fd",
            "/usr/share/OVMF/OVMF_VARS_4M.ms.fd");
  }

  /** Who runs passt for masquerade (and passt-bound) interfaces. */
  public enum PasstMode {
    /**
     * libvirt does ({@code <backend type='passt'/>} with {@code <portForward>}), as upstream
     * libvirt 9.0+ supports; Debian 12's libvirt rejects it, so on Debian a launcher must rewrite
     * these interfaces itself.
     */
    LIBVIRT,
    /**
     * The launcher does: it starts the {@link PasstEndpoints} before the domain, whose NICs stay
     * libvirt user-mode interfaces connected to them by {@code <qemu:commandline>} netdevs and
     * {@code <qemu:override>}. Works with Debian 12's libvirt as is.
     */
    LAUNCHER
  }

  /** Builds a context; every field starts at this host's default. */
  public static final class Builder {
    private boolean emulation = true;
    private String arch = "x86_64";
    private String emulator = "/usr/bin/qemu-system-x86_64";
    private String defaultMachineType = "q35";
    private Map<String, ResolvedVolume> volumes = Map.of();
    private Map<String, String> bridges = Map.of();
    private String socketDir = "/var/run/coexist";
    private String logDir = "/var/log/coexist";
    private String stateDir = "/var/lib/coexist";
    private Integer tcgTbCacheMiB = 128;
    private FirmwarePaths firmware = FirmwarePaths.DEBIAN_OVMF;
    private PasstMode passt = PasstMode.LIBVIRT;

    private Builder() {}

    public Builder emulation(boolean value) {
      this.emulation = value;
      return this;
    }

    public Builder arch(String value) {
      this.arch = value;
      return this;
    }

    public Builder emulator(String value) {
      this.emulator = value;
      return this;
    }

    public Builder defaultMachineType(String value) {
      this.defaultMachineType = value;
      return this;
    }

    public Builder volumes(Map<String, ResolvedVolume> value) {
      this.volumes = value;
      return this;
    }

    public Builder bridges(Map<String, String> value) {
      this.bridges = value;
      return this;
    }

    public Builder socketDir(String value) {
      this.socketDir = value;
      return this;
    }

    public Builder logDir(String value) {
      this.logDir = value;
      return this;
    }

    public Builder stateDir(String value) {
      this.stateDir = value;
      return this;
    }

    public Builder tcgTbCacheMiB(Integer value) {
      this.tcgTbCacheMiB = value;
      return this;
    }

    public Builder firmware(FirmwarePaths value) {
      this.firmware = value;
      return this;
    }

    public Builder passt(PasstMode value) {
      this.passt = value;
      return this;
    }

    public ConverterContext build() {
      return new ConverterContext(
          emulation,
          arch,
          emulator,
          defaultMachineType,
          volumes,
          bridges,
          socketDir,
          logDir,
          stateDir,
          tcgTbCacheMiB,
          firmware,
          passt);
    }
  }
}
