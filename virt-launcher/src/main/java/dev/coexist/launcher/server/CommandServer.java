package dev.coexist.launcher.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.Command;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.ErrorReason;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.crds.launcher.LauncherRequest;
import dev.coexist.crds.launcher.LauncherResponse;
import dev.coexist.launcher.runtime.CommandFailure;
import dev.coexist.launcher.runtime.LauncherService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the launcher protocol on a unix socket: one JSON-line request per connection, one
 * JSON-line response; {@code WATCH} then streams {@code DomainEvent} lines until the client closes.
 * Requests of versions {@link LauncherProtocol#OLDEST_SUPPORTED_VERSION} to {@link
 * LauncherProtocol#VERSION} are accepted.
 */
public final class CommandServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CommandServer.class);
  private static final int MAX_CONNECTIONS = 16;
  private static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

  private final Path socket;
  private final LauncherService service;
  private final ServerSocketChannel server;
  private final ExecutorService workers;
  private final AtomicInteger requests = new AtomicInteger();
  private final ObjectMapper json =
      new ObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private CommandServer(Path socket, LauncherService service, ServerSocketChannel server) {
    this.socket = socket;
    this.service = service;
    this.server = server;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            MAX_CONNECTIONS,
            r -> {
              Thread t = new Thread(r, "cmd-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Binds {@code socket} (mode 0600 dir expected) and starts accepting. */
  public static CommandServer start(Path socket, LauncherService service) {
    if (socket.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8).length
        > LauncherProtocol.MAX_SOCKET_PATH_BYTES) {
      throw new IllegalArgumentException(
          "socket path longer than "
              + LauncherProtocol.MAX_SOCKET_PATH_BYTES
              + " bytes: "
              + socket);
    }
    try {
      Files.deleteIfExists(socket);
      ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      bindListening(ch, socket);
      CommandServer s = new CommandServer(socket, service, ch);
      Thread accept = new Thread(s::acceptLoop, "cmd-accept");
      accept.setDaemon(true);
      accept.start();
      LOG.info("command server on {}", socket);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("binding " + socket, e);
    }
  }

  /**
   * Binds under a temporary name and renames the socket into place once it listens: virt-handler
   * watches the directory (inotify) and connects as soon as {@code cmd.sock} appears, which would
   * be refused between bind and listen.
   */
  private static void bindListening(ServerSocketChannel ch, Path socket) throws IOException {
    Path tmp = socket.resolveSibling(socket.getFileName() + ".new");
    if (tmp.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8).length
        > LauncherProtocol.MAX_SOCKET_PATH_BYTES) {
      ch.bind(UnixDomainSocketAddress.of(socket));
      return;
    }
    Files.deleteIfExists(tmp);
    ch.bind(UnixDomainSocketAddress.of(tmp));
    Files.move(tmp, socket, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Reads a {@code SYNC} request of a small VMI once, so the JSON mapper has introspected the VMI
   * model (a quarter of a CPU-second in a fresh JVM) before the handler's first request: the
   * launcher runs this while its libvirtd starts.
   */
  public void warmUp(VirtualMachineInstance sample) {
    try {
      json.readValue(json.writeValueAsBytes(LauncherRequest.sync(sample)), LauncherRequest.class);
      json.writeValueAsBytes(LauncherResponse.success(DomainStatus.absent()));
    } catch (IOException e) {
      throw new UncheckedIOException("the command server cannot read its own request", e);
    }
  }

  /** Requests served so far (for metrics). */
  public int requestsServed() {
    return requests.get();
  }

  private void acceptLoop() {
    while (server.isOpen()) {
      try {
        SocketChannel c = server.accept();
        workers.execute(() -> serve(c));
      } catch (IOException e) {
        if (server.isOpen()) {
          LOG.warn("accept on {} failed", socket, e);
        }
      } catch (java.util.concurrent.RejectedExecutionException e) {
        LOG.debug("server closing; connection dropped");
      }
    }
  }

  private void serve(SocketChannel c) {
    // Plain channel reads and writes: Channels.newInputStream/newOutputStream share one lock,
    // so a WATCH blocked in read would stall its event writes.
    try (c) {
      String line = readLine(c);
      if (line == null) {
        return;
      }
      requests.incrementAndGet();
      LauncherRequest req;
      try {
        req = json.readValue(line, LauncherRequest.class);
      } catch (JsonProcessingException e) {
        send(
            c,
            failure(ErrorReason.BAD_REQUEST, "not a launcher request: " + e.getOriginalMessage()));
        return;
      }
      if (req.command() == Command.WATCH && LauncherProtocol.supports(req.version())) {
        watch(c);
        return;
      }
      send(c, handle(req));
    } catch (IOException e) {
      LOG.debug("client connection ended: {}", e.toString());
    }
  }

  private static String readLine(SocketChannel c) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    ByteBuffer b = ByteBuffer.allocate(1);
    while (c.read(b) > 0) {
      if (b.get(0) == '\n') {
        return line.toString(StandardCharsets.UTF_8);
      }
      line.write(b.get(0));
      if (line.size() > MAX_REQUEST_BYTES) {
        throw new IOException("request longer than " + MAX_REQUEST_BYTES + " bytes");
      }
      b.clear();
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
  }

  private void watch(SocketChannel c) throws IOException {
    Object lock = new Object();
    synchronized (lock) {
      send(c, LauncherResponse.success(service.status()));
    }
    try (AutoCloseable w =
        service.watch(
            e -> {
              synchronized (lock) {
                try {
                  send(c, e);
                } catch (IOException ex) {
                  throw new UncheckedIOException("watcher gone", ex);
                }
              }
            })) {
      ByteBuffer sink = ByteBuffer.allocate(256);
      while (c.read(sink) >= 0) {
        sink.clear();
      }
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("closing a watch", e);
    }
  }

  /** The response to one request; never throws. */
  LauncherResponse handle(LauncherRequest req) {
    if (req.command() == null) {
      return failure(ErrorReason.BAD_REQUEST, "command is required");
    }
    if (!LauncherProtocol.supports(req.version())) {
      return failure(
          ErrorReason.BAD_REQUEST,
          "protocol version "
              + req.version()
              + " not supported (this launcher speaks "
              + LauncherProtocol.OLDEST_SUPPORTED_VERSION
              + ".."
              + LauncherProtocol.VERSION
              + ")");
    }
    try {
      return switch (req.command()) {
        case SYNC -> {
          if (req.vmi() == null) {
            yield failure(ErrorReason.BAD_REQUEST, "vmi: required for SYNC");
          }
          yield LauncherResponse.success(service.sync(req.vmi()));
        }
        case SHUTDOWN -> LauncherResponse.success(service.shutdown(grace(req)));
        case KILL -> LauncherResponse.success(service.kill());
        case PAUSE -> LauncherResponse.success(service.pause());
        case UNPAUSE -> LauncherResponse.success(service.unpause());
        case RESET -> LauncherResponse.success(service.reset());
        case SOFT_REBOOT -> LauncherResponse.success(service.softReboot());
        case GET_DOMAIN, PING -> LauncherResponse.success(service.status());
        case GET_STATS -> LauncherResponse.withStats(service.status(), service.stats());
        case WATCH -> failure(ErrorReason.BAD_REQUEST, "WATCH is served on its own connection");
      };
    } catch (CommandFailure e) {
      LOG.warn("{} failed: {}", req.command(), e.getMessage());
      return failure(e.reason(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("{} failed unexpectedly", req.command(), e);
      return failure(ErrorReason.RUNTIME_ERROR, req.command() + ": " + e);
    }
  }

  /** v1 had no grace period on SHUTDOWN: null means the VMI's. */
  private static Duration grace(LauncherRequest req) {
    if (req.version() < 2 || req.gracePeriodSeconds() == null) {
      return null;
    }
    return Duration.ofSeconds(Math.max(0, req.gracePeriodSeconds()));
  }

  private LauncherResponse failure(ErrorReason reason, String message) {
    DomainStatus s;
    try {
      s = service.status();
    } catch (RuntimeException e) {
      s = DomainStatus.absent();
    }
    return LauncherResponse.failure(reason, message, s);
  }

  private void send(SocketChannel c, Object value) throws IOException {
    byte[] body = json.writeValueAsBytes(value);
    ByteBuffer b = ByteBuffer.allocate(body.length + 1).put(body).put((byte) '\n').flip();
    while (b.hasRemaining()) {
      c.write(b);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      LOG.warn("closing {}", socket, e);
    } finally {
      workers.shutdownNow();
    }
  }
}
