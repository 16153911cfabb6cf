package dev.coexist.importer.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class FileImageSourceContractTest extends AbstractImageSourceContractTest {
  @TempDir Path dir;

  @Override
  protected ImageSource serving() throws IOException {
    Path f = dir.resolve("disk.img");
    if (!Files.exists(f)) {
      Files.write(f, CONTENT);
    }
    return new FileImageSource(f);
  }

  @Override
  protected ImageSource missing() {
    return new FileImageSource(dir.resolve("nothing-here.img"));
  }
}
