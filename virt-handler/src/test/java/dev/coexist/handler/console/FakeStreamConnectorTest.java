package dev.coexist.handler.console;

import java.nio.file.Path;

/** The stream-connector contract against the in-memory fake. */
class FakeStreamConnectorTest extends AbstractStreamConnectorContract {
  private final FakeStreamConnector fake = new FakeStreamConnector();

  @Override
  StreamConnector connector() {
    return fake;
  }

  @Override
  Path serve(String name, Peer peer) {
    Path p = Path.of("/fake", name);
    fake.serve(p, peer);
    return p;
  }

  @Override
  Path missing() {
    return Path.of("/fake/nobody.sock");
  }
}
