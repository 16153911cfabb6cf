package dev.coexist.launcher.volumes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.launcher.process.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The image tools: empty qcow2 images and overlays written in Java ({@link Qcow2Writer}), other
 * formats with {@code qemu-img}, ISO images with {@code genisoimage}.
 */
public final class DiskImages {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private final ObjectMapper json = new ObjectMapper();

  /**
   * The format qemu-img detects ({@code qcow2}, {@code raw}, ...). A qcow2 header (magic {@code
   * QFI\xfb}, version 2 or later: what qemu's own probe checks) is recognised without running
   * {@code qemu-img info} (a process start per disk at every VM start); anything else is left to
   * qemu-img's probes.
   */
  public String format(Path image) {
    if (isQcow2(image)) {
      return "qcow2";
    }
    try {
      JsonNode info =
          json.readTree(
              Processes.run(
                  List.of("qemu-img", "info", "--output=json", "-U", image.toString()), TIMEOUT));
      return info.path("format").asText("raw");
    } catch (IOException e) {
      throw new UncheckedIOException("parsing qemu-img info of " + image, e);
    }
  }

  /** Whether {@code image} starts with a qcow2 header of version 2 or later. */
  static boolean isQcow2(Path image) {
    if (!Files.isRegularFile(image)) {
      return false;
    }
    ByteBuffer header;
    try {
      header = Qcow2Writer.head(image, 8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the header of " + image, e);
    }
    return !header.hasRemaining() && header.getInt(0) == Qcow2Layout.MAGIC && header.getInt(4) >= 2;
  }

  /**
   * A copy-on-write qcow2 overlay over {@code base}, as big as {@code base}. Written in Java
   * ({@link Qcow2Writer}, the bytes {@code qemu-img create -f qcow2 -F <format> -b <base>} writes)
   * for qcow2 and raw regular files; {@code qemu-img} for anything else (other formats, block
   * devices, encrypted qcow2 or qcow2 with incompatible features, names over 1023 bytes).
   */
  public void overlay(Path base, String baseFormat, Path overlay) {
    String backing = base.toAbsolutePath().toString();
    Optional<Qcow2Layout.Backing> named = Optional.of(new Qcow2Layout.Backing(backing, baseFormat));
    OptionalLong size = Qcow2Writer.backingSize(base, baseFormat);
    if (size.isPresent() && Qcow2Layout.problem(named, size.getAsLong()).isEmpty()) {
      Qcow2Writer.write(overlay, named, size.getAsLong());
      return;
    }
    Processes.run(
        List.of(
            "qemu-img",
            "create",
            "-q",
            "-f",
            "qcow2",
            "-F",
            baseFormat,
            "-b",
            backing,
            overlay.toString()),
        TIMEOUT);
  }

  /**
   * A sparse qcow2 of {@code bytes} (rounded up to 512), written in Java as {@code qemu-img create
   * -f qcow2} writes it; qemu-img only for sizes qcow2 cannot hold (which it rejects).
   */
  public void empty(Path image, long bytes) {
    if (Qcow2Layout.problem(Optional.empty(), bytes).isEmpty()) {
      Qcow2Writer.write(image, Optional.empty(), bytes);
      return;
    }
    Processes.run(
        List.of("qemu-img", "create", "-q", "-f", "qcow2", image.toString(), Long.toString(bytes)),
        TIMEOUT);
  }

  /** An ISO 9660 image (Joliet + Rock Ridge) with these files and volume label. */
  public void iso(Path image, String label, Map<String, byte[]> files) {
    Path staging = image.resolveSibling(image.getFileName() + ".d");
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = staging.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      Files.createDirectories(staging);
      List<String> cmd = new ArrayList<>(List.of("genisoimage", "-quiet", "-output"));
      cmd.addAll(
          List.of(image.toString(), "-volid", label, "-joliet", "-rock", staging.toString()));
      Processes.run(cmd, TIMEOUT);
    } catch (IOException e) {
      throw new UncheckedIOException("staging the files of " + image, e);
    }
  }
}
