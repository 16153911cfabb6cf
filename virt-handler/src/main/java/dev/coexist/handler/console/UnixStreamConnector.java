package dev.coexist.handler.console;

import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@link StreamConnector} over a unix stream socket (JDK 16+ {@code AF_UNIX} channels). */
public final class UnixStreamConnector implements StreamConnector {
  @Override
  public ByteChannel open(Path socket) throws IOException {
    if (!Files.exists(socket)) {
      throw new NoSuchFileException(socket.toString(), null, "no such socket");
    }
    SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      ch.connect(UnixDomainSocketAddress.of(socket));
      return ch;
    } catch (IOException e) {
      ch.close();
      ConnectException ce = new ConnectException("connecting to " + socket + ": " + e.getMessage());
      ce.initCause(e);
      throw ce;
    }
  }
}
