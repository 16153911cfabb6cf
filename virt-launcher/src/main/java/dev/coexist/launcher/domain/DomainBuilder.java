package dev.coexist.launcher.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mutable assembly area for a {@link Domain}: each converter configurator sets the parts it owns,
 * then {@link #build()} freezes them into the immutable model. Parts that several concerns share
 * ({@code <os>}, {@code <features>}, {@code <devices>}) are held member by member, so a
 * configurator never has to rebuild another's record. Not thread-safe; one builder per conversion.
 */
public final class DomainBuilder {
  private String type;
  private String name;
  private String uuid;
  private ScaledInteger memory;
  private ScaledInteger currentMemory;
  private Domain.Vcpu vcpu;
  private final List<Sysinfo.Entry> sysinfoSystem = new ArrayList<>();
  private Os.Type osType;
  private Os.Loader loader;
  private Os.Nvram nvram;
  private final List<Os.Boot> osBoot = new ArrayList<>();
  private Os.Bios bios;
  private Flag acpi;
  private Flag apic;
  private Features.Kvm kvm;
  private State pvspinlock;
  private State smm;
  private Features.Tcg tcg;
  private Cpu cpu;
  private Clock clock;
  private String onPoweroff;
  private String onReboot;
  private String onCrash;
  private String emulator;
  private final List<Disk> disks = new ArrayList<>();
  private final List<Controller> controllers = new ArrayList<>();
  private final List<Interface> interfaces = new ArrayList<>();
  private final List<CharDevice> serials = new ArrayList<>();
  private final List<CharDevice> consoles = new ArrayList<>();
  private final List<Input> inputs = new ArrayList<>();
  private final List<Graphics> graphics = new ArrayList<>();
  private final List<Video> videos = new ArrayList<>();
  private Watchdog watchdog;
  private MemBalloon memballoon;
  private final List<Rng> rngs = new ArrayList<>();
  private final List<QemuCommandline.Arg> qemuArgs = new ArrayList<>();
  private final List<QemuOverride.Device> qemuOverrides = new ArrayList<>();

  public DomainBuilder type(String value) {
    this.type = value;
    return this;
  }

  public DomainBuilder name(String value) {
    this.name = value;
    return this;
  }

  public DomainBuilder uuid(String value) {
    this.uuid = value;
    return this;
  }

  public DomainBuilder memory(ScaledInteger value) {
    this.memory = value;
    return this;
  }

  public DomainBuilder currentMemory(ScaledInteger value) {
    this.currentMemory = value;
    return this;
  }

  public DomainBuilder vcpu(Domain.Vcpu value) {
    this.vcpu = value;
    return this;
  }

  /**
   * Adds an SMBIOS system entry; any entry makes the domain use {@code <smbios mode='sysinfo'>}.
   */
  public DomainBuilder addSysinfoSystemEntry(String entryName, String value) {
    sysinfoSystem.add(new Sysinfo.Entry(entryName, value));
    return this;
  }

  public DomainBuilder osType(Os.Type value) {
    this.osType = value;
    return this;
  }

  /** The machine type set so far, if any. */
  public Optional<String> machine() {
    return Optional.ofNullable(osType).map(Os.Type::machine);
  }

  public DomainBuilder loader(Os.Loader value) {
    this.loader = value;
    return this;
  }

  public DomainBuilder nvram(Os.Nvram value) {
    this.nvram = value;
    return this;
  }

  public DomainBuilder addOsBoot(Os.Boot value) {
    osBoot.add(value);
    return this;
  }

  public DomainBuilder bios(Os.Bios value) {
    this.bios = value;
    return this;
  }

  public DomainBuilder acpi(Flag value) {
    this.acpi = value;
    return this;
  }

  public DomainBuilder apic(Flag value) {
    this.apic = value;
    return this;
  }

  public DomainBuilder kvm(Features.Kvm value) {
    this.kvm = value;
    return this;
  }

  public DomainBuilder pvspinlock(State value) {
    this.pvspinlock = value;
    return this;
  }

  public DomainBuilder smm(State value) {
    this.smm = value;
    return this;
  }

  public DomainBuilder tcg(Features.Tcg value) {
    this.tcg = value;
    return this;
  }

  public DomainBuilder cpu(Cpu value) {
    this.cpu = value;
    return this;
  }

  public DomainBuilder clock(Clock value) {
    this.clock = value;
    return this;
  }

  public DomainBuilder onPoweroff(String value) {
    this.onPoweroff = value;
    return this;
  }

  public DomainBuilder onReboot(String value) {
    this.onReboot = value;
    return this;
  }

  public DomainBuilder onCrash(String value) {
    this.onCrash = value;
    return this;
  }

  public DomainBuilder emulator(String value) {
    this.emulator = value;
    return this;
  }

  public DomainBuilder addDisk(Disk value) {
    disks.add(value);
    return this;
  }

  /** Adds the controller unless one of the same type and index is already there. */
  public DomainBuilder ensureController(Controller value) {
    boolean present =
        controllers.stream()
            .anyMatch(c -> c.type().equals(value.type()) && c.index() == value.index());
    if (!present) {
      controllers.add(value);
    }
    return this;
  }

  public DomainBuilder addInterface(Interface value) {
    interfaces.add(value);
    return this;
  }

  public DomainBuilder addSerial(CharDevice value) {
    serials.add(value);
    return this;
  }

  public DomainBuilder addConsole(CharDevice value) {
    consoles.add(value);
    return this;
  }

  public DomainBuilder addInput(Input value) {
    inputs.add(value);
    return this;
  }

  /** The input devices added so far. */
  public List<Input> inputs() {
    return List.copyOf(inputs);
  }

  /** The disks added so far. */
  public List<Disk> disks() {
    return List.copyOf(disks);
  }

  public DomainBuilder addGraphics(Graphics value) {
    graphics.add(value);
    return this;
  }

  public DomainBuilder addVideo(Video value) {
    videos.add(value);
    return this;
  }

  public DomainBuilder watchdog(Watchdog value) {
    this.watchdog = value;
    return this;
  }

  public DomainBuilder memballoon(MemBalloon value) {
    this.memballoon = value;
    return this;
  }

  public DomainBuilder addRng(Rng value) {
    rngs.add(value);
    return this;
  }

  /** Appends QEMU command-line arguments ({@code <qemu:commandline>}). */
  public DomainBuilder addQemuArgs(String... args) {
    for (String arg : args) {
      qemuArgs.add(new QemuCommandline.Arg(arg));
    }
    return this;
  }

  /** Overrides a frontend property of the libvirt device with that alias. */
  public DomainBuilder overrideQemuProperty(String alias, QemuOverride.Property property) {
    qemuOverrides.add(new QemuOverride.Device(alias, new QemuOverride.Frontend(List.of(property))));
    return this;
  }

  /** Freezes the parts set so far; unset parts are absent from the XML. */
  public Domain build() {
    return new Domain(
        type,
        name,
        uuid,
        memory,
        currentMemory,
        vcpu,
        sysinfoSystem.isEmpty() ? null : Sysinfo.smbios(sysinfoSystem),
        buildOs(),
        buildFeatures(),
        cpu,
        clock,
        onPoweroff,
        onReboot,
        onCrash,
        buildDevices(),
        qemuArgs.isEmpty() ? null : new QemuCommandline(qemuArgs),
        qemuOverrides.isEmpty() ? null : new QemuOverride(qemuOverrides));
  }

  private Os buildOs() {
    Os.Smbios smbios = sysinfoSystem.isEmpty() ? null : new Os.Smbios("sysinfo");
    if (osType == null && loader == null && nvram == null && osBoot.isEmpty() && bios == null) {
      return smbios == null ? null : new Os(null, null, null, List.of(), null, smbios);
    }
    return new Os(osType, loader, nvram, List.copyOf(osBoot), bios, smbios);
  }

  private Features buildFeatures() {
    if (acpi == null
        && apic == null
        && kvm == null
        && pvspinlock == null
        && smm == null
        && tcg == null) {
      return null;
    }
    return new Features(acpi, apic, kvm, pvspinlock, smm, tcg);
  }

  private Devices buildDevices() {
    return new Devices(
        emulator,
        List.copyOf(disks),
        List.copyOf(controllers),
        List.copyOf(interfaces),
        List.copyOf(serials),
        List.copyOf(consoles),
        List.copyOf(inputs),
        List.copyOf(graphics),
        List.copyOf(videos),
        watchdog,
        memballoon,
        List.copyOf(rngs));
  }
}
