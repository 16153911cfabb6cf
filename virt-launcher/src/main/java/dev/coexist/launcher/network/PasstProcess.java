package dev.coexist.launcher.network;

import dev.coexist.launcher.process.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** One running passt serving one {@link PasstInterface}; closing stops it. */
public final class PasstProcess implements AutoCloseable {
  /** Open files for a passt forwarding every TCP and UDP port (2 × 65535 listeners + its own). */
  static final int ALL_PORTS_NOFILE = 262_144;

  private final Process process;
  private final PasstInterface nic;

  private PasstProcess(Process process, PasstInterface nic) {
    this.process = process;
    this.nic = nic;
  }

  /** Starts passt and waits for its socket. */
  public static PasstProcess start(PasstInterface nic, Path logFile) throws InterruptedException {
    try {
      Files.deleteIfExists(nic.socket());
    } catch (IOException e) {
      throw new UncheckedIOException("removing stale " + nic.socket(), e);
    }
    List<String> cmd = new ArrayList<>();
    if (nic.forwardAll()) {
      // Forwarding every port (masquerade without declared ports, as KubeVirt does) makes passt
      // listen on all 65535 TCP and UDP ports: ~131k descriptors, far above a container's usual
      // limit (passt raises only its soft limit to the hard one). The compute container may raise
      // the hard limit.
      cmd.addAll(List.of("prlimit", "--nofile=" + ALL_PORTS_NOFILE, "--"));
    }
    cmd.addAll(List.of("passt", "--foreground", "--quiet"));
    // QEMU runs as root without capabilities; passt's socket must be root's to be reachable.
    cmd.addAll(List.of("--runas", "0:0", "--socket", nic.socket().toString()));
    cmd.addAll(List.of("--tcp-ports", spec(nic, "tcp"), "--udp-ports", spec(nic, "udp")));
    Process p;
    try {
      p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .start();
      p.getOutputStream().close();
    } catch (IOException e) {
      throw new UncheckedIOException("starting passt (is the passt package installed?)", e);
    }
    try {
      Processes.awaitPath(nic.socket(), Duration.ofSeconds(10), p::isAlive, "passt");
    } catch (TimeoutException | IllegalStateException e) {
      p.destroyForcibly();
      if (nic.forwardAll() && logMentions(logFile, "NOFILE")) {
        throw new IllegalStateException(allPortsRefused(nic), e);
      }
      throw new IllegalStateException("passt did not start; see " + logFile, e);
    }
    return new PasstProcess(p, nic);
  }

  /** The error when the open-file limit for forwarding every port cannot be had here. */
  static String allPortsRefused(PasstInterface nic) {
    String name = nic.alias().startsWith("ua-") ? nic.alias().substring(3) : nic.alias();
    return "interface "
        + name
        + " declares no ports, so every port is forwarded (masquerade): passt needs "
        + ALL_PORTS_NOFILE
        + " open files and this pod may not raise its limit; declare the ports the guest serves"
        + " in spec.domain.devices.interfaces[name="
        + name
        + "].ports";
  }

  private static boolean logMentions(Path logFile, String word) {
    try {
      return Files.readString(logFile).contains(word);
    } catch (IOException e) {
      return false;
    }
  }

  static String spec(PasstInterface nic, String proto) {
    if (nic.forwardAll()) {
      return "all";
    }
    String s =
        nic.forwards().stream()
            .filter(f -> f.proto().equals(proto))
            .map(PortForward::passtSpec)
            .collect(Collectors.joining(","));
    return s.isEmpty() ? "none" : s;
  }

  /** The interface served. */
  public PasstInterface nic() {
    return nic;
  }

  @Override
  public void close() {
    try {
      Processes.stop(process.toHandle(), Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
