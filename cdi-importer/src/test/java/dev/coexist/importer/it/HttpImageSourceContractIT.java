package dev.coexist.importer.it;

import dev.coexist.importer.source.AbstractImageSourceContractTest;
import dev.coexist.importer.source.HttpImageSource;
import dev.coexist.importer.source.HttpSettings;
import dev.coexist.importer.source.ImageSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The source contract against a real local HTTP server. */
class HttpImageSourceContractIT extends AbstractImageSourceContractTest {
  @TempDir static Path root;
  private static TestHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    Files.write(root.resolve("content.bin"), CONTENT);
    server = TestHttpServer.files(root);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  protected ImageSource serving() {
    return new HttpImageSource(URI.create(server.url("content.bin")), HttpSettings.defaults());
  }

  @Override
  protected ImageSource missing() {
    return new HttpImageSource(URI.create(server.url("missing.bin")), HttpSettings.defaults());
  }
}
