package dev.coexist.handler.console;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Real unix stream sockets served by {@link Peer}s (one thread per connection), for ITs. */
final class UnixEndpoints implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UnixEndpoints.class);

  private final List<ServerSocketChannel> servers = new CopyOnWriteArrayList<>();
  private final List<SocketChannel> conns = new CopyOnWriteArrayList<>();

  /** Binds {@code path} and serves each connection with {@code peer}. */
  Path serve(Path path, Peer peer) throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(path));
    servers.add(server);
    Thread t =
        new Thread(
            () -> {
              while (server.isOpen()) {
                try {
                  SocketChannel c = server.accept();
                  conns.add(c);
                  Thread w = new Thread(() -> run(peer, c), "peer-" + path.getFileName());
                  w.setDaemon(true);
                  w.start();
                } catch (IOException e) {
                  LOG.debug("accept on {} ended: {}", path, e.getMessage());
                  return;
                }
              }
            },
            "accept-" + path.getFileName());
    t.setDaemon(true);
    t.start();
    return path;
  }

  private static void run(Peer peer, SocketChannel c) {
    try (c) {
      peer.serve(c);
    } catch (IOException e) {
      LOG.debug("peer ended: {}", e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    for (ServerSocketChannel s : servers) {
      s.close();
    }
    for (SocketChannel c : conns) {
      c.close();
    }
  }
}
