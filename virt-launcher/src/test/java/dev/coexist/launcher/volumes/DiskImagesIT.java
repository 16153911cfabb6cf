package dev.coexist.launcher.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coexist.launcher.process.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image tools against the real qemu-img, and the qcow2 header check that skips it. */
class DiskImagesIT {
  private final DiskImages images = new DiskImages();

  @TempDir Path dir;

  @Test
  void aQcow2IsRecognisedByItsHeaderAndQemuImgAgrees() throws Exception {
    Path img = dir.resolve("base.qcow2");
    images.empty(img, 1 << 20);
    assertThat(DiskImages.isQcow2(img)).isTrue();
    assertThat(images.format(img)).isEqualTo("qcow2");
    assertThat(qemuImgFormat(img)).isEqualTo("qcow2");
  }

  @Test
  void otherFilesAreLeftToQemuImg() throws Exception {
    Path raw = dir.resolve("disk.img");
    Files.write(raw, new byte[64 * 1024]);
    assertThat(DiskImages.isQcow2(raw)).isFalse();
    assertThat(images.format(raw)).isEqualTo("raw");
    Path tiny = dir.resolve("tiny");
    Files.write(tiny, new byte[] {'Q', 'F', 'I', (byte) 0xfb});
    assertThat(DiskImages.isQcow2(tiny)).as("a header cut short").isFalse();
    Path qcow1 = dir.resolve("v1");
    Files.write(qcow1, new byte[] {'Q', 'F', 'I', (byte) 0xfb, 0, 0, 0, 1});
    assertThat(DiskImages.isQcow2(qcow1)).as("version 1 is qemu's 'qcow', not qcow2").isFalse();
  }

  @Test
  void anOverlayOverAQcow2NamesItsBackingFormat() throws Exception {
    Path base = dir.resolve("base.qcow2");
    images.empty(base, 1 << 20);
    Path overlay = dir.resolve("overlay.qcow2");
    images.overlay(base, images.format(base), overlay);
    String info =
        Processes.run(
            List.of("qemu-img", "info", "--output=json", "-U", overlay.toString()),
            Duration.ofMinutes(1));
    assertThat(info).contains("\"backing-filename-format\": \"qcow2\"");
    assertThat(DiskImages.isQcow2(overlay)).isTrue();
  }

  private static String qemuImgFormat(Path img) {
    String info =
        Processes.run(
            List.of("qemu-img", "info", "--output=json", "-U", img.toString()),
            Duration.ofMinutes(1));
    return info.replaceAll("(?s).*\"format\": \"([^\"]+)\".*", "$1");
  }
}
