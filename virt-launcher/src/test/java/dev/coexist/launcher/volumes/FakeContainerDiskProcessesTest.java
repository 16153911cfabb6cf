package dev.coexist.launcher.volumes;

import java.nio.file.Files;
import java.nio.file.Path;

/** The contract against the in-memory fake. */
class FakeContainerDiskProcessesTest extends AbstractContainerDiskProcessesContractTest {
  private final FakeContainerDiskProcesses fake = new FakeContainerDiskProcesses();

  @Override
  protected ContainerDiskProcesses processes() {
    return fake;
  }

  @Override
  protected String start(String volume, Path dir) throws Exception {
    Path root = Files.createDirectories(tmp.resolve("root-" + volume));
    Files.createSymbolicLink(root.resolve("image"), dir);
    fake.start(volume, root);
    return "/image";
  }

  @Override
  protected void stop(String volume) {
    fake.stop(volume);
  }
}
