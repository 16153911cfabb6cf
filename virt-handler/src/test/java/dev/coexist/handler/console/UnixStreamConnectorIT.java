package dev.coexist.handler.console;

import dev.coexist.handler.ShortTempDir;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;

/** The stream-connector contract against real unix sockets. */
class UnixStreamConnectorIT extends AbstractStreamConnectorContract {
  private final ShortTempDir dir = new ShortTempDir();
  private final UnixEndpoints endpoints = new UnixEndpoints();

  @AfterEach
  void cleanUp() throws IOException {
    endpoints.close();
    dir.close();
  }

  @Override
  StreamConnector connector() {
    return new UnixStreamConnector();
  }

  @Override
  Path serve(String name, Peer peer) throws IOException {
    return endpoints.serve(dir.path().resolve(name), peer);
  }

  @Override
  Path missing() {
    return dir.path().resolve("nobody.sock");
  }
}
