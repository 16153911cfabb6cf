package dev.coexist.importer.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Test images built with the real tools: a 32 MiB raw disk with random regions, converted with
 * qemu-img to every format and compressed with gzip, xz and zstd. A missing tool fails loudly.
 */
final class TestImages {
  static final long SIZE = 32L << 20;

  /** The formats (file suffix, qemu-img -O, extra -o options). */
  enum Format {
    RAW("raw", null, null),
    QCOW2("qcow2", "qcow2", null),
    VMDK("vmdk", "vmdk", "subformat=streamOptimized"),
    VDI("vdi", "vdi", null),
    VHD("vhd", "vpc", "subformat=dynamic,force_size=on"),
    VHDX("vhdx", "vhdx", null),
    ISO("iso", null, null);

    final String suffix;
    final String qemuFormat;
    final String options;

    Format(String suffix, String qemuFormat, String options) {
      this.suffix = suffix;
      this.qemuFormat = qemuFormat;
      this.options = options;
    }
  }

  /** Compressions (suffix, command). */
  enum Compressor {
    NONE("", null),
    GZ(".gz", List.of("gzip", "-1", "-k")),
    XZ(".xz", List.of("xz", "-0", "-T2", "-k")),
    ZST(".zst", List.of("zstd", "-1", "-q", "-k"));

    final String suffix;
    final List<String> command;

    Compressor(String suffix, List<String> command) {
      this.suffix = suffix;
      this.command = command;
    }
  }

  private TestImages() {}

  /** Writes the source raw disk: a boot sector, random regions and holes. */
  static Path sourceRaw(Path dir) throws IOException {
    Path raw = dir.resolve("disk.raw");
    Random r = new Random(2026);
    byte[] chunk = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(raw)) {
      for (int mib = 0; mib < SIZE >> 20; mib++) {
        boolean data = mib < 3 || mib % 7 == 3 || mib == (SIZE >> 20) - 1;
        if (data) {
          r.nextBytes(chunk);
          if (mib == 0) {
            chunk[510] = 0x55;
            chunk[511] = (byte) 0xaa;
          }
        } else {
          Arrays.fill(chunk, (byte) 0);
        }
        out.write(chunk);
      }
    }
    return raw;
  }

  /** The image of {@code raw} in {@code format}, named {@code disk.<suffix>}. */
  static Path convert(Path raw, Format format) throws IOException, InterruptedException {
    Path dir = raw.getParent();
    Path out = dir.resolve("disk." + format.suffix);
    if (format == Format.RAW) {
      return raw;
    }
    if (format == Format.ISO) {
      Path content = Files.createDirectories(dir.resolve("iso-content"));
      Files.copy(raw, content.resolve("payload.bin"));
      run(
          List.of(
              "genisoimage", "-quiet", "-o", out.toString(), "-V", "COEXIST", content.toString()));
      return out;
    }
    List<String> cmd =
        new ArrayList<>(List.of("qemu-img", "convert", "-f", "raw", "-O", format.qemuFormat));
    if (format.options != null) {
      cmd.addAll(List.of("-o", format.options));
    }
    cmd.addAll(List.of(raw.toString(), out.toString()));
    run(cmd);
    return out;
  }

  /** {@code image} compressed (kept next to it, with the compressor's suffix). */
  static Path compress(Path image, Compressor c) throws IOException, InterruptedException {
    if (c == Compressor.NONE) {
      return image;
    }
    Path out = image.resolveSibling(image.getFileName() + c.suffix);
    if (!Files.exists(out)) {
      List<String> cmd = new ArrayList<>(c.command);
      cmd.add(image.toString());
      run(cmd);
    }
    return out;
  }

  /**
   * qemu-img compare of two raw images: empty when they have the same size and content, else what
   * differs.
   */
  static String differences(Path a, Path b) throws IOException, InterruptedException {
    if (Files.size(a) != Files.size(b)) {
      return "sizes differ: " + Files.size(a) + " vs " + Files.size(b);
    }
    Process p =
        new ProcessBuilder(
                "qemu-img", "compare", "-f", "raw", "-F", "raw", a.toString(), b.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("qemu-img compare finished").isTrue();
    return p.exitValue() == 0 && out.contains("Images are identical") ? "" : out;
  }

  static void run(List<String> cmd) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException(
          cmd.get(0)
              + " is missing: run `bash hack/install-deps.sh` (qemu-utils, xz-utils, zstd, gzip, genisoimage)",
          e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(cmd + " finished").isTrue();
    assertThat(p.exitValue()).as(cmd + ": " + out).isZero();
  }

  /** Writes an HTML page, as a misconfigured server returns instead of an image. */
  static Path html(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("login.html"),
        "<!DOCTYPE html>\n<html><body><h1>Please log in</h1></body></html>\n",
        StandardOpenOption.CREATE);
  }
}
