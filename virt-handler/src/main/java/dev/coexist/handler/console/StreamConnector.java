package dev.coexist.handler.console;

import java.io.IOException;
import java.nio.channels.ByteChannel;
import java.nio.file.Path;

/**
 * Opens a byte stream to one of a launcher's stream sockets ({@code serial.sock}, {@code
 * vnc.sock}). {@link UnixStreamConnector} is the real one; tests have an in-memory fake, both held
 * to {@code AbstractStreamConnectorContract}.
 *
 * <p>The contract: {@link #open} of an endpoint nobody serves throws {@link
 * java.nio.file.NoSuchFileException} naming the path (a refused connection a {@link
 * java.net.ConnectException}); the returned channel is blocking, {@code read} returns -1 once the
 * peer closed, and closing it from another thread ends a blocked {@code read} with an exception.
 */
@FunctionalInterface
public interface StreamConnector {
  /** Connects to the socket at {@code socket}. */
  ByteChannel open(Path socket) throws IOException;
}
