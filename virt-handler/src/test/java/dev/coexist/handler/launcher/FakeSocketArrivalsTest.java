package dev.coexist.handler.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** The contract against the fake. */
class FakeSocketArrivalsTest extends AbstractSocketArrivalsContract {
  @Override
  protected SocketArrivals arrivals() {
    return new FakeSocketArrivals();
  }

  @Override
  protected void create(SocketArrivals arrivals, Path file) throws Exception {
    Files.createFile(file);
    ((FakeSocketArrivals) arrivals).created(file);
  }
}
