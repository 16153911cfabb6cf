package dev.coexist.launcher.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The converter is a pure function of (VMI, context): the domain model and converter sources use no
 * file system, network, process, environment or libvirt API.
 */
class ConverterPurityTest {
  private static final List<String> FORBIDDEN =
      List.of(
          "import java.nio.file",
          "import java.io.File",
          "import java.net",
          "import org.libvirt",
          "import com.sun.jna",
          "ProcessBuilder",
          "Runtime.getRuntime",
          "System.getenv",
          "System.getProperty",
          "System.currentTimeMillis",
          "Instant.now",
          "new Random");

  static Stream<Path> sources() throws IOException {
    Path main = Path.of("src/main/java/dev/coexist/launcher");
    return Stream.concat(Files.list(main.resolve("convert")), Files.list(main.resolve("domain")))
        .filter(p -> p.toString().endsWith(".java"))
        .sorted()
        .toList()
        .stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void usesNoIo(Path source) throws IOException {
    String text = Files.readString(source);

    assertThat(FORBIDDEN).noneMatch(text::contains);
  }
}
