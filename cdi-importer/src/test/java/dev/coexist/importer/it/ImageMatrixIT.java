package dev.coexist.importer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format × compression, served over real HTTP, imports to a raw disk identical to the source.
 */
class ImageMatrixIT {
  @TempDir static Path images;
  @TempDir Path target;

  private static Path raw;
  private static final Map<TestImages.Format, Path> BY_FORMAT =
      new EnumMap<>(TestImages.Format.class);
  private static TestHttpServer server;

  @BeforeAll
  static void buildImages() throws Exception {
    raw = TestImages.sourceRaw(images);
    for (TestImages.Format f : TestImages.Format.values()) {
      Path img = TestImages.convert(raw, f);
      BY_FORMAT.put(f, img);
      for (TestImages.Compressor c : TestImages.Compressor.values()) {
        TestImages.compress(img, c);
      }
    }
    server = TestHttpServer.files(images);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> matrix() {
    return Stream.of(TestImages.Format.values())
        .flatMap(f -> Stream.of(TestImages.Compressor.values()).map(c -> Arguments.of(f, c)));
  }

  @ParameterizedTest(name = "{0} + {1}")
  @MethodSource("matrix")
  void importsToAnIdenticalRawDisk(TestImages.Format format, TestImages.Compressor compressor)
      throws IOException, InterruptedException {
    Path served = TestImages.compress(BY_FORMAT.get(format), compressor);
    Path dest = target.resolve("disk.img");
    ImporterTerminationMessage m =
        ImportRunner.http(server.url(served.getFileName().toString()), dest.toString());
    assertThat(m.outcome()).as(m.message()).isEqualTo(ImportOutcome.Succeeded);
    assertThat(m.format()).isEqualTo(format.suffix);
    assertThat(m.compression())
        .isEqualTo(
            compressor == TestImages.Compressor.NONE ? "none" : compressor.name().toLowerCase());
    assertThat(m.bytesDownloaded()).isEqualTo(Files.size(served));
    Path expected = format == TestImages.Format.ISO ? BY_FORMAT.get(format) : raw;
    assertThat(TestImages.differences(expected, dest)).isEmpty();
    try (Stream<Path> left = Files.list(target)) {
      assertThat(left).containsExactly(dest);
    }
  }
}
