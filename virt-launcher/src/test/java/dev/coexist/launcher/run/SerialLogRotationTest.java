package dev.coexist.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialLogRotationTest {
  @TempDir Path dir;

  @Test
  void aLogOverTheBoundMovesToTheBackupAndTheWriterAppendsFromTheStart() throws Exception {
    Path log = dir.resolve("serial.log");
    SerialLogRotation r = SerialLogRotation.manual(log, 10);
    try (OutputStream writer =
        Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      writer.write("0123456789AB".getBytes(StandardCharsets.US_ASCII));
      writer.flush();
      assertThat(r.rotateIfLarge()).isTrue();
      writer.write("next".getBytes(StandardCharsets.US_ASCII));
      writer.flush();
    }
    assertThat(Files.readString(dir.resolve("serial.log.1"))).isEqualTo("0123456789AB");
    assertThat(Files.readString(log)).isEqualTo("next");
    assertThat(dir.resolve("serial.log.1.tmp")).doesNotExist();
  }

  @Test
  void aLogWithinTheBoundOrNoLogIsLeftAlone() throws Exception {
    Path log = dir.resolve("serial.log");
    SerialLogRotation r = SerialLogRotation.manual(log, 10);
    assertThat(r.rotateIfLarge()).isFalse();
    Files.writeString(log, "0123456789");
    assertThat(r.rotateIfLarge()).isFalse();
    assertThat(Files.readString(log)).isEqualTo("0123456789");
    assertThat(dir.resolve("serial.log.1")).doesNotExist();
  }
}
