package dev.coexist.launcher.run;

import dev.coexist.launcher.convert.ConverterContext;
import dev.coexist.launcher.libvirt.DaemonConfig;
import dev.coexist.launcher.libvirt.LibvirtJavaConnection;
import dev.coexist.launcher.libvirt.PrivateLibvirt;
import dev.coexist.launcher.network.PortPolicy;
import dev.coexist.launcher.runtime.DomainPlanner;
import dev.coexist.launcher.runtime.RuntimeSettings;
import dev.coexist.launcher.runtime.VmiRuntime;
import dev.coexist.launcher.volumes.CachedContainerDisks;
import dev.coexist.launcher.volumes.ContainerDiskLocator;
import dev.coexist.launcher.volumes.DiskImages;
import dev.coexist.launcher.volumes.PodContainerDisks;
import dev.coexist.launcher.volumes.ProcContainerDiskProcesses;
import dev.coexist.launcher.volumes.VolumeLocations;
import dev.coexist.launcher.volumes.VolumeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's moving parts wired from its config: private libvirtd, connection, runtime. {@link
 * #close()} tears them down in reverse order (domain, connection, daemons).
 */
public final class LauncherStack implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LauncherStack.class);

  private static final Duration SERIAL_LOG_CHECK = Duration.ofSeconds(5);

  private final PrivateLibvirt daemons;
  private final LibvirtJavaConnection connection;
  private final VmiRuntime runtime;
  private final SerialLogRotation serialLog;

  private LauncherStack(
      PrivateLibvirt daemons,
      LibvirtJavaConnection connection,
      VmiRuntime rt,
      SerialLogRotation serialLog) {
    this.daemons = daemons;
    this.connection = connection;
    this.runtime = rt;
    this.serialLog = serialLog;
  }

  /** The planner for this config (no daemon needed: used to validate before starting). */
  public static DomainPlanner planner(LauncherConfig config, PortPolicy ports) {
    VolumeLocations where =
        new VolumeLocations(
            config.privateDir(), config.pvcs(), config.configs(), config.byVolumeName());
    ContainerDiskLocator containerDisks =
        config.containerDisks() == null
            ? new PodContainerDisks(
                new ProcContainerDiskProcesses(Path.of("/proc")), config.containerDiskWait())
            : new CachedContainerDisks(config.containerDisks());
    return new DomainPlanner(
        new VolumeResolver(where, containerDisks, new DiskImages()),
        new ConverterDomainFactory(config),
        settings(config, ports));
  }

  static RuntimeSettings settings(LauncherConfig config, PortPolicy ports) {
    return new RuntimeSettings(config.privateDir(), ports, config.defaultGrace());
  }

  /** Prepares the dirs, starts libvirtd, connects, bounds the serial log. */
  public static LauncherStack start(LauncherConfig config, PortPolicy ports)
      throws InterruptedException {
    return start(config, ports, planner(config, ports));
  }

  /**
   * As {@link #start(LauncherConfig, PortPolicy)}, with the runtime planning with {@code planner}.
   */
  public static LauncherStack start(LauncherConfig config, PortPolicy ports, DomainPlanner planner)
      throws InterruptedException {
    prepareDirs(config);
    PrivateLibvirt daemons =
        PrivateLibvirt.start(
            config.privateDir(), config.isolation(), config.libvirtCache(), config.emulation());
    try {
      LibvirtJavaConnection c = LibvirtJavaConnection.open(daemons.uri());
      VmiRuntime rt = new VmiRuntime(c, planner, settings(config, ports));
      SerialLogRotation rotation =
          SerialLogRotation.start(
              ConverterDomainFactory.logDir(config).resolve(ConverterContext.SERIAL_LOG),
              DaemonConfig.SERIAL_LOG_MAX_BYTES,
              SERIAL_LOG_CHECK);
      return new LauncherStack(daemons, c, rt, rotation);
    } catch (RuntimeException e) {
      daemons.close();
      throw e;
    }
  }

  /** Creates the socket, private, log and state dirs (idempotent). */
  public static void prepareDirs(LauncherConfig config) {
    try {
      for (var d :
          new java.nio.file.Path[] {
            config.socketDir(),
            config.privateDir(),
            ConverterDomainFactory.logDir(config),
            config.privateDir().resolve("state")
          }) {
        Files.createDirectories(d);
      }
      Files.setPosixFilePermissions(
          config.privateDir(), PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new UncheckedIOException("creating the launcher's dirs", e);
    }
  }

  /** The VMI runtime. */
  public VmiRuntime runtime() {
    return runtime;
  }

  /** The private daemons (pids, for footprint measurements and tests). */
  public PrivateLibvirt daemons() {
    return daemons;
  }

  /** Stops the domain (destroy), then the connection and the daemons. */
  @Override
  public void close() {
    serialLog.close();
    try {
      runtime.close();
    } catch (RuntimeException e) {
      LOG.error("stopping the domain failed; stopping the daemons anyway", e);
    } finally {
      try {
        connection.close();
      } catch (RuntimeException e) {
        LOG.warn("closing the libvirt connection", e);
      }
      daemons.close();
    }
  }
}
