package dev.coexist.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The test guest of hack/guest-image.sh and helpers to read what it prints. */
final class TinyGuest {
  static final String READY = "COEXIST-GUEST-READY";
  static final Duration BOOT = Duration.ofMinutes(3);

  private TinyGuest() {}

  /** The coexist cache; fails loudly when the guest image was not built. */
  static Path cache() {
    Path cache =
        Path.of(
            Optional.ofNullable(System.getenv("COEXIST_CACHE"))
                .orElse(System.getProperty("user.home") + "/.cache/coexist"));
    Path disk = cache.resolve("containerdisks/localhost_coexist_tiny-guest_latest/disk.qcow2");
    if (!Files.isRegularFile(disk)) {
      throw new IllegalStateException(
          "the test guest " + disk + " is missing: run 'make guest-image' (hack/guest-image.sh)");
    }
    return cache;
  }

  /** A fresh, short run dir (socket paths must fit 107 bytes). */
  static Path runDir() {
    return Path.of("/run/coexist-it", UUID.randomUUID().toString().substring(0, 8));
  }

  /** The serial log QEMU writes for the launcher with this private dir. */
  static Path serialLog(Path privateDir) {
    return privateDir.resolve("console/serial.log");
  }

  /** Waits for the guest's facts line in the serial log and parses it. */
  static Map<String, String> awaitFacts(Path log) {
    Pattern facts = Pattern.compile("COEXIST-FACTS (.*)");
    String[] line = new String[1];
    await()
        .atMost(BOOT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              Matcher m = facts.matcher(read(log));
              if (m.find()) {
                line[0] = m.group(1).strip();
                return true;
              }
              return false;
            });
    return Stream.of(line[0].split(" "))
        .map(kv -> kv.split("=", 2))
        .collect(java.util.stream.Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : ""));
  }

  static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Live processes whose command line mentions {@code needle} (to prove nothing is left). */
  static List<String> processesMentioning(String needle) {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      return procs
          .filter(p -> p.getFileName().toString().matches("\\d+"))
          .flatMap(
              p -> {
                try {
                  String cmd =
                      new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8)
                          .replace('\0', ' ');
                  return cmd.contains(needle)
                      ? Stream.of(p.getFileName() + ": " + cmd)
                      : Stream.empty();
                } catch (IOException e) {
                  return Stream.empty();
                }
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that no process mentions {@code dir} any more. */
  static void assertNothingLeft(Path dir) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(processesMentioning(dir.toString())).isEmpty());
  }
}
