package dev.coexist.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code virt-launcher run}: boots docs/examples/vm-tiny.yaml as a process, and on SIGTERM leaves
 * no QEMU, libvirtd or passt of its own; bad input fails naming the field before anything starts.
 */
class RunCommandIT {

  @Test
  void runBootsTheTinyVmAndSigtermLeavesNothingBehind() throws Exception {
    TinyGuest.cache();
    Path out = Files.createTempFile("run", ".log");
    Path jar;
    try (Stream<Path> s = Files.list(Path.of("target"))) {
      jar =
          s.filter(p -> p.getFileName().toString().matches("virt-launcher-.*\\.jar"))
              .findFirst()
              .orElseThrow();
    }
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                jar + File.pathSeparator + "target/lib/*",
                "dev.coexist.launcher.Main",
                "run",
                "../docs/examples/vm-tiny.yaml")
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    Path runDir = Path.of("/run/coexist-launcher/default_vm-tiny-" + run.pid());
    try {
      await()
          .atMost(TinyGuest.BOOT)
          .until(() -> !run.isAlive() || TinyGuest.read(out).contains("COEXIST-FACTS"));
      assertThat(TinyGuest.read(out)).contains(TinyGuest.READY).contains("cloudinit=yes");
      assertThat(TinyGuest.processesMentioning(runDir.toString())).isNotEmpty();
      run.destroy();
      assertThat(run.waitFor(90, TimeUnit.SECONDS)).as("run exits on SIGTERM").isTrue();
      assertThat(TinyGuest.read(out)).contains("COEXIST-GUEST-POWEROFF");
      TinyGuest.assertNothingLeft(runDir);
      assertThat(runDir).doesNotExist();
    } finally {
      if (run.isAlive()) {
        run.destroyForcibly();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "bad-bus.yaml, spec.template.spec.domain.devices.disks[0].disk.bus",
    "absent-volume.yaml, spec.domain.devices.disks[1]",
    "negative-memory.yaml, spec.domain.memory.guest"
  })
  void badInputNamesTheFieldAndStartsNothing(String file, String field) throws Exception {
    Path root = Files.createTempDirectory("run-bad");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc =
        new StandaloneRun(root, TinyGuest.cache())
            .run(
                Path.of("src/test/resources/vms", file),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(rc).as(message).isEqualTo(2);
    assertThat(message).contains(field);
    assertThat(TinyGuest.processesMentioning(root.toString())).isEmpty();
    try (Stream<Path> left = Files.list(root)) {
      assertThat(left).as("nothing left in the run root").isEmpty();
    }
    Files.delete(root);
  }
}
