package dev.coexist.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waiting for and stopping child processes, without sleeps. */
public final class Processes {
  private Processes() {}

  /**
   * Waits until {@code path} exists, woken by file-system events in its directory; fails early when
   * {@code alive} turns false (the process that should create it died).
   */
  public static void awaitPath(Path path, Duration timeout, BooleanSupplier alive, String what)
      throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Path dir = path.toAbsolutePath().getParent();
    try (WatchService ws = dir.getFileSystem().newWatchService()) {
      dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE);
      while (!Files.exists(path)) {
        if (!alive.getAsBoolean()) {
          throw new IllegalStateException(what + " exited before creating " + path);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException(what + ": " + path + " not there after " + timeout);
        }
        var key = ws.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("watching " + dir, e);
    } catch (ClosedWatchServiceException e) {
      throw new IllegalStateException("watch on " + dir + " closed", e);
    }
  }

  /**
   * Waits until a unix socket at {@code socket} accepts connections. A daemon creates the socket
   * file when it binds, and may call listen() only later: until then a client gets "Connection
   * refused". Retries every 20 ms; fails early when {@code alive} turns false.
   */
  public static void awaitUnixListener(
      Path socket, Duration timeout, BooleanSupplier alive, String what)
      throws TimeoutException, InterruptedException {
    awaitPath(socket, timeout, alive, what);
    long deadline = System.nanoTime() + timeout.toNanos();
    UnixDomainSocketAddress address = UnixDomainSocketAddress.of(socket);
    while (true) {
      try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
        ch.connect(address);
        return;
      } catch (ConnectException e) {
        if (!alive.getAsBoolean()) {
          throw new IllegalStateException(what + " exited before listening on " + socket, e);
        }
        if (System.nanoTime() > deadline) {
          throw new TimeoutException(
              what + ": " + socket + " refuses connections after " + timeout);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        if (Thread.interrupted()) {
          throw new InterruptedException("waiting for " + what + " to listen on " + socket);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("connecting to " + socket, e);
      }
    }
  }

  /** SIGTERM, then SIGKILL after {@code grace}; returns once the process is gone. */
  public static void stop(ProcessHandle p, Duration grace) throws InterruptedException {
    if (!p.isAlive()) {
      return;
    }
    p.destroy();
    try {
      p.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      p.destroyForcibly();
      try {
        p.onExit().get(5, TimeUnit.SECONDS);
      } catch (TimeoutException | ExecutionException e2) {
        throw new IllegalStateException("pid " + p.pid() + " survived SIGKILL", e2);
      }
    }
  }

  /** The pid in a pid file, if the file exists and names a live process. */
  public static Optional<ProcessHandle> fromPidFile(Path pidFile) {
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + pidFile, e);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Runs a short tool (qemu-img, genisoimage) to completion; its output goes to the error message
   * when it fails.
   */
  public static String run(List<String> command, Duration timeout) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(command.get(0) + " timed out after " + timeout);
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + text.strip());
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("running " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + command.get(0), e);
    }
  }
}
