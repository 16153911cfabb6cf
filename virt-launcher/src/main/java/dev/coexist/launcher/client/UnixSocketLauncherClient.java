package dev.coexist.launcher.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.launcher.Command;
import dev.coexist.crds.launcher.DomainEvent;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * {@link LauncherClient} over the launcher's command socket ({@code <socket dir>/cmd}): one
 * connection per request, one JSON line each way; {@code WATCH} keeps its connection open.
 */
public final class UnixSocketLauncherClient implements LauncherClient {
  private final Path socket;
  private final ObjectMapper json =
      new ObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** A client of the launcher whose command socket is {@code socket}. */
  public UnixSocketLauncherClient(Path socket) {
    this.socket = socket;
  }

  /** The client of the launcher with this socket dir. */
  public static UnixSocketLauncherClient forSocketDir(Path socketDir) {
    return new UnixSocketLauncherClient(socketDir.resolve(LauncherProtocol.COMMAND_SOCKET));
  }

  @Override
  public LauncherResponse sync(VirtualMachineInstance vmi) {
    return send(LauncherRequest.sync(vmi));
  }

  @Override
  public LauncherResponse shutdown(Long gracePeriodSeconds) {
    return send(
        new LauncherRequest(LauncherProtocol.VERSION, Command.SHUTDOWN, null, gracePeriodSeconds));
  }

  @Override
  public LauncherResponse kill() {
    return send(LauncherRequest.of(Command.KILL));
  }

  @Override
  public LauncherResponse pause() {
    return send(LauncherRequest.of(Command.PAUSE));
  }

  @Override
  public LauncherResponse unpause() {
    return send(LauncherRequest.of(Command.UNPAUSE));
  }

  @Override
  public LauncherResponse reset() {
    return send(LauncherRequest.of(Command.RESET));
  }

  @Override
  public LauncherResponse getDomain() {
    return send(LauncherRequest.of(Command.GET_DOMAIN));
  }

  @Override
  public LauncherResponse getStats() {
    return send(LauncherRequest.of(Command.GET_STATS));
  }

  @Override
  public LauncherResponse ping() {
    return send(LauncherRequest.of(Command.PING));
  }

  /** Sends any request (e.g. an older protocol version) and returns the response. */
  public LauncherResponse send(LauncherRequest request) {
    try (SocketChannel ch = connect();
        BufferedReader in = reader(ch)) {
      write(ch, request);
      return readResponse(in);
    } catch (IOException e) {
      throw new LauncherUnreachableException(request.command() + " to " + socket + ": " + e, e);
    }
  }

  @Override
  public AutoCloseable watch(Consumer<DomainEvent> listener) {
    SocketChannel ch;
    BufferedReader in;
    try {
      ch = connect();
      in = reader(ch);
      write(ch, LauncherRequest.of(Command.WATCH));
      LauncherResponse r = readResponse(in);
      if (!r.ok()) {
        ch.close();
        throw new LauncherUnreachableException("WATCH refused: " + r.message(), null);
      }
    } catch (IOException e) {
      throw new LauncherUnreachableException("WATCH on " + socket + ": " + e, e);
    }
    Thread t =
        new Thread(
            () -> {
              try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  listener.accept(json.readValue(line, DomainEvent.class));
                }
              } catch (IOException e) {
                // the watch was closed, or the launcher went away: the stream ends either way
                Thread.currentThread().interrupt();
              }
            },
            "launcher-watch");
    t.setDaemon(true);
    t.start();
    return ch::close;
  }

  private SocketChannel connect() throws IOException {
    SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      ch.connect(UnixDomainSocketAddress.of(socket));
      return ch;
    } catch (IOException e) {
      ch.close();
      throw e;
    }
  }

  private static BufferedReader reader(SocketChannel ch) {
    return new BufferedReader(
        new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
  }

  private void write(SocketChannel ch, LauncherRequest request) throws IOException {
    OutputStream out = Channels.newOutputStream(ch);
    out.write(json.writeValueAsBytes(request));
    out.write('\n');
    out.flush();
  }

  private LauncherResponse readResponse(BufferedReader in) throws IOException {
    String line = in.readLine();
    if (line == null) {
      throw new IOException("launcher closed the connection without answering");
    }
    return json.readValue(line, LauncherResponse.class);
  }
}
