package dev.coexist.handler.launcher;

import dev.coexist.crds.launcher.Command;
import dev.coexist.crds.launcher.LauncherRequest;
import dev.coexist.crds.launcher.LauncherResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a {@link FakeLauncher} on a unix socket with the protocol's framing (one JSON request
 * line, one JSON response line; {@code WATCH} then streams event lines). Written from the protocol
 * records and docs only; the real launcher's server is tested against this client in another IT.
 */
public final class FakeLauncherServer implements AutoCloseable {
  private final FakeLauncher launcher;
  private final ServerSocketChannel server;
  private final ProtocolCodec codec = new ProtocolCodec();
  private final List<SocketChannel> connections = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  /** Binds {@code socket} (creating its directory) and serves until closed. */
  public FakeLauncherServer(FakeLauncher launcher, Path socket) {
    this.launcher = launcher;
    try {
      Files.createDirectories(socket.getParent());
      server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socket));
    } catch (IOException e) {
      throw new UncheckedIOException("binding " + socket, e);
    }
    Thread t = new Thread(this::accept, "fake-launcher-accept");
    t.setDaemon(true);
    t.start();
  }

  private void accept() {
    while (!closed) {
      try {
        SocketChannel ch = server.accept();
        connections.add(ch);
        Thread t = new Thread(() -> serve(ch), "fake-launcher-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(SocketChannel ch) {
    try {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
      OutputStream out = Channels.newOutputStream(ch);
      String line = in.readLine();
      if (line == null) {
        ch.close();
        return;
      }
      LauncherRequest request = codec.request(line);
      LauncherResponse response = launcher.handle(request);
      write(out, codec.responseLine(response));
      if (request.command() != Command.WATCH) {
        ch.close();
        return;
      }
      Runnable[] unsubscribe = new Runnable[1];
      unsubscribe[0] =
          launcher.subscribe(
              e -> {
                try {
                  write(out, codec.eventLine(e));
                } catch (IOException ex) {
                  unsubscribe[0].run();
                }
              });
    } catch (IOException e) {
      connections.remove(ch);
    }
  }

  private static void write(OutputStream out, String line) throws IOException {
    synchronized (out) {
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (SocketChannel c : connections) {
      c.close();
    }
  }
}
