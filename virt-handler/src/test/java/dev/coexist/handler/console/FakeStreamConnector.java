package dev.coexist.handler.console;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.Pipe;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In-memory {@link StreamConnector}: registered paths are served by a {@link Peer} on a thread. */
final class FakeStreamConnector implements StreamConnector {
  private static final Logger LOG = LoggerFactory.getLogger(FakeStreamConnector.class);

  private final Map<Path, Peer> endpoints = new ConcurrentHashMap<>();

  /** Serves {@code path} with {@code peer} (one peer run per connection). */
  void serve(Path path, Peer peer) {
    endpoints.put(path, peer);
  }

  @Override
  public ByteChannel open(Path socket) throws IOException {
    Peer peer = endpoints.get(socket);
    if (peer == null) {
      throw new NoSuchFileException(socket.toString(), null, "no such socket");
    }
    Pipe toClient = Pipe.open();
    Pipe toPeer = Pipe.open();
    Duplex peerEnd = new Duplex(toPeer.source(), toClient.sink());
    Thread t =
        new Thread(
            () -> {
              try (peerEnd) {
                peer.serve(peerEnd);
              } catch (IOException e) {
                LOG.debug("fake peer of {} ended: {}", socket, e.getMessage());
              }
            },
            "fake-peer-" + socket.getFileName());
    t.setDaemon(true);
    t.start();
    return new Duplex(toClient.source(), toPeer.sink());
  }

  /** One end of two pipes. */
  private static final class Duplex implements ByteChannel {
    private final Pipe.SourceChannel in;
    private final Pipe.SinkChannel out;

    Duplex(Pipe.SourceChannel in, Pipe.SinkChannel out) {
      this.in = in;
      this.out = out;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return in.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      return out.write(src);
    }

    @Override
    public boolean isOpen() {
      return in.isOpen() && out.isOpen();
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } finally {
        in.close();
      }
    }
  }
}
