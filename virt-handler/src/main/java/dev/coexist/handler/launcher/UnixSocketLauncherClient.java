package dev.coexist.handler.launcher;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.Command;
import dev.coexist.crds.launcher.DomainEvent;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.crds.launcher.LauncherProtocol;
import dev.coexist.crds.launcher.LauncherRequest;
import dev.coexist.crds.launcher.LauncherResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks the launcher protocol over the launcher's unix command socket: one connection per command
 * (write one request line, read one response line), and a long-lived connection per {@code WATCH}.
 * A command that takes longer than its timeout has its connection closed. Requests go at the
 * version {@link ProtocolNegotiation} picks: a launcher of an older protocol version (still running
 * a guest after an upgrade) is driven at its version, learned from its refusal of the newer one and
 * remembered per socket by the connector.
 */
public final class UnixSocketLauncherClient implements LauncherClient {
  private static final Logger LOG = LoggerFactory.getLogger(UnixSocketLauncherClient.class);

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private final Path socket;
  private final ProtocolCodec codec;
  private final ScheduledExecutorService timer;
  private final Duration commandTimeout;
  private final Duration syncTimeout;
  private final Map<Path, Integer> learnedVersions;

  /**
   * A client of the launcher at {@code socket}.
   *
   * @param timer closes connections whose command outlived its timeout
   * @param commandTimeout for every command but {@code SYNC}
   * @param syncTimeout for {@code SYNC} (volumes are prepared before the domain starts)
   */
  public UnixSocketLauncherClient(
      Path socket, ScheduledExecutorService timer, Duration commandTimeout, Duration syncTimeout) {
    this(
        socket, timer, commandTimeout, syncTimeout, new ConcurrentHashMap<>(), new ProtocolCodec());
  }

  private UnixSocketLauncherClient(
      Path socket,
      ScheduledExecutorService timer,
      Duration commandTimeout,
      Duration syncTimeout,
      Map<Path, Integer> learnedVersions,
      ProtocolCodec codec) {
    this.socket = socket;
    this.codec = codec;
    this.timer = timer;
    this.commandTimeout = commandTimeout;
    this.syncTimeout = syncTimeout;
    this.learnedVersions = learnedVersions;
  }

  /**
   * A connector making clients with these timeouts; its clients share what they learned about the
   * launchers' protocol versions (per socket path, so a new launcher pod is asked afresh) and one
   * warmed-up codec: a client per sync used to build its own JSON mapper, so every {@code SYNC}
   * introspected the whole VMI model again (and ten VMs starting at once did it ten times over on
   * the handler's small CPU share: docs/performance.md).
   */
  public static LauncherConnector connector(
      ScheduledExecutorService timer, Duration commandTimeout, Duration syncTimeout) {
    Map<Path, Integer> learned = new ConcurrentHashMap<>();
    ProtocolCodec codec = new ProtocolCodec();
    codec.warmUp();
    return path ->
        new UnixSocketLauncherClient(path, timer, commandTimeout, syncTimeout, learned, codec);
  }

  /** The protocol version requests to this launcher are sent at. */
  public int requestVersion() {
    return ProtocolNegotiation.requestVersion(learnedVersions.get(socket));
  }

  /** Remembers the launcher's version when it refused {@code sent}; the version to retry at. */
  private OptionalInt learn(LauncherRequest sent, LauncherResponse answer) {
    OptionalInt retry = ProtocolNegotiation.retryVersion(sent, answer);
    if (retry.isPresent()) {
      learnedVersions.put(socket, retry.getAsInt());
      LOG.info(
          "launcher {} speaks protocol v{} (this handler v{}): driving it at v{}",
          socket,
          answer.version(),
          LauncherProtocol.VERSION,
          retry.getAsInt());
    }
    return retry;
  }

  @Override
  public DomainStatus sync(VirtualMachineInstance vmi, boolean useEmulation)
      throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.sync(vmi, useEmulation), syncTimeout)).domain();
  }

  @Override
  public DomainStatus shutdown(long gracePeriodSeconds)
      throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.shutdown(gracePeriodSeconds), commandTimeout)).domain();
  }

  @Override
  public DomainStatus kill() throws LauncherException, LauncherUnavailableException {
    return simple(Command.KILL);
  }

  @Override
  public DomainStatus pause() throws LauncherException, LauncherUnavailableException {
    return simple(Command.PAUSE);
  }

  @Override
  public DomainStatus unpause() throws LauncherException, LauncherUnavailableException {
    return simple(Command.UNPAUSE);
  }

  @Override
  public DomainStatus reset() throws LauncherException, LauncherUnavailableException {
    return simple(Command.RESET);
  }

  @Override
  public DomainStatus softReboot() throws LauncherException, LauncherUnavailableException {
    return simple(Command.SOFT_REBOOT);
  }

  @Override
  public DomainStatus getDomain() throws LauncherException, LauncherUnavailableException {
    return simple(Command.GET_DOMAIN);
  }

  @Override
  public Optional<DomainStats> getStats() throws LauncherException, LauncherUnavailableException {
    LauncherResponse r = call(LauncherRequest.of(Command.GET_STATS), commandTimeout);
    if (!r.ok() && r.domain() != null && !r.domain().active()) {
      return Optional.empty();
    }
    return Optional.ofNullable(ok(r).stats());
  }

  @Override
  public boolean ping() {
    try {
      return call(LauncherRequest.of(Command.PING), commandTimeout).ok();
    } catch (LauncherUnavailableException e) {
      LOG.debug("ping {}: {}", socket, e.getMessage());
      return false;
    }
  }

  @Override
  public Watch watch(Consumer<DomainEvent> onEvent, Runnable onEnd)
      throws LauncherUnavailableException {
    LauncherRequest request =
        ProtocolNegotiation.at(LauncherRequest.of(Command.WATCH), requestVersion());
    SocketChannel ch = open();
    try {
      BufferedReader in = sendWatch(ch, request);
      LauncherResponse first = readFirst(ch, in);
      OptionalInt retry = learn(request, first);
      if (retry.isPresent()) {
        closeQuietly(ch);
        request = ProtocolNegotiation.at(request, retry.getAsInt());
        ch = open();
        in = sendWatch(ch, request);
        first = readFirst(ch, in);
      }
      if (!first.ok()) {
        closeQuietly(ch);
        throw new LauncherUnavailableException(
            "WATCH refused by " + socket + ": " + first.reason() + " " + first.message());
      }
      return new StreamWatch(ch, in, onEvent, onEnd);
    } catch (IOException e) {
      closeQuietly(ch);
      throw unavailable("WATCH", e);
    }
  }

  private BufferedReader sendWatch(SocketChannel ch, LauncherRequest request) throws IOException {
    OutputStream out = Channels.newOutputStream(ch);
    out.write(codec.requestLine(request).getBytes(UTF8));
    out.flush();
    return new BufferedReader(new InputStreamReader(Channels.newInputStream(ch), UTF8));
  }

  private LauncherResponse readFirst(SocketChannel ch, BufferedReader in) throws IOException {
    ScheduledFuture<?> guard =
        timer.schedule(
            () -> closeQuietly(ch), timeoutMillis(commandTimeout), TimeUnit.MILLISECONDS);
    try {
      return readResponse(in);
    } finally {
      guard.cancel(false);
    }
  }

  private DomainStatus simple(Command command)
      throws LauncherException, LauncherUnavailableException {
    return ok(call(LauncherRequest.of(command), commandTimeout)).domain();
  }

  private static LauncherResponse ok(LauncherResponse r) throws LauncherException {
    if (!r.ok()) {
      throw new LauncherException(r.reason(), r.message(), r.domain());
    }
    return r;
  }

  private LauncherResponse call(LauncherRequest request, Duration timeout)
      throws LauncherUnavailableException {
    LauncherRequest sent = ProtocolNegotiation.at(request, requestVersion());
    LauncherResponse answer = exchange(sent, timeout);
    OptionalInt retry = learn(sent, answer);
    if (retry.isPresent()) {
      answer = exchange(ProtocolNegotiation.at(request, retry.getAsInt()), timeout);
    }
    return answer;
  }

  private LauncherResponse exchange(LauncherRequest request, Duration timeout)
      throws LauncherUnavailableException {
    SocketChannel ch = open();
    ScheduledFuture<?> guard =
        timer.schedule(() -> closeQuietly(ch), timeoutMillis(timeout), TimeUnit.MILLISECONDS);
    try (ch) {
      OutputStream out = Channels.newOutputStream(ch);
      out.write(codec.requestLine(request).getBytes(UTF8));
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(Channels.newInputStream(ch), UTF8));
      return readResponse(in);
    } catch (IOException e) {
      throw unavailable(request.command().name(), e);
    } finally {
      guard.cancel(false);
    }
  }

  private LauncherResponse readResponse(BufferedReader in) throws IOException {
    String line = in.readLine();
    if (line == null) {
      throw new LauncherUnavailableException("launcher at " + socket + " closed without answering");
    }
    return codec.response(line);
  }

  private SocketChannel open() throws LauncherUnavailableException {
    try {
      SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        ch.connect(UnixDomainSocketAddress.of(socket));
      } catch (IOException e) {
        closeQuietly(ch);
        throw e;
      }
      return ch;
    } catch (IOException e) {
      throw unavailable("connect", e);
    }
  }

  private LauncherUnavailableException unavailable(String what, IOException e) {
    if (e instanceof LauncherUnavailableException u) {
      return u;
    }
    return new LauncherUnavailableException(
        what + " on launcher socket " + socket + " failed: " + e, e);
  }

  private static long timeoutMillis(Duration d) {
    return Math.max(1, d.toMillis());
  }

  private static void closeQuietly(SocketChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      LOG.debug("closing a launcher connection: {}", e.toString());
    }
  }

  /** A WATCH connection read by its own daemon thread. */
  private final class StreamWatch implements Watch {
    private final SocketChannel ch;
    private final AtomicBoolean open = new AtomicBoolean(true);

    StreamWatch(
        SocketChannel ch, BufferedReader in, Consumer<DomainEvent> onEvent, Runnable onEnd) {
      this.ch = ch;
      Thread t = new Thread(() -> pump(in, onEvent, onEnd), "launcher-watch " + socket);
      t.setDaemon(true);
      t.start();
    }

    private void pump(BufferedReader in, Consumer<DomainEvent> onEvent, Runnable onEnd) {
      try {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            onEvent.accept(codec.event(line));
          }
        }
      } catch (IOException e) {
        if (open.get()) {
          LOG.debug("watch on {} ended: {}", socket, e.toString());
        }
      } finally {
        open.set(false);
        closeQuietly(ch);
        onEnd.run();
      }
    }

    @Override
    public boolean isOpen() {
      return open.get();
    }

    @Override
    public void close() {
      open.set(false);
      closeQuietly(ch);
    }
  }

  @Override
  public String toString() {
    return "launcher " + socket + " (protocol v" + requestVersion() + ")";
  }
}
