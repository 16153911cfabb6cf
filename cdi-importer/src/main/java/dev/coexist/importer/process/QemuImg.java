package dev.coexist.importer.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coexist.crds.importer.ImportReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@code qemu-img} (info, convert); a cancelled import destroys the running child. */
public final class QemuImg {
  private static final Logger LOG = LoggerFactory.getLogger(QemuImg.class);
  private static final int MAX_STDERR = 1000;

  private final String binary;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param binary the qemu-img executable ({@code qemu-img} from PATH)
   */
  public QemuImg(String binary) {
    this.binary = binary;
  }

  /**
   * What qemu-img says about an image.
   *
   * @param format the format qemu-img opened it as
   * @param virtualSize the virtual size in bytes
   * @param backingFile the backing file name, if any
   */
  public record Info(String format, long virtualSize, Optional<String> backingFile) {}

  /** {@code qemu-img info --output=json -f <format> <filename>} (backing files are not opened). */
  Info info(String filename, String format, Cancellation cancel)
      throws ImportFailure, InterruptedException {
    Result r = run(List.of("info", "--output=json", "-f", format, filename), cancel);
    if (r.exit != 0) {
      throw new ImportFailure(
          ImportReason.NotAnImage, "qemu-img cannot read the image as " + format + ": " + r.stderr);
    }
    try {
      JsonNode n = json.readTree(r.stdout);
      return new Info(
          n.path("format").asText(),
          n.path("virtual-size").asLong(),
          Optional.ofNullable(n.get("backing-filename")).map(JsonNode::asText));
    } catch (IOException e) {
      throw new ImportFailure(
          ImportReason.ConversionFailed, "unreadable qemu-img info output: " + e.getMessage(), e);
    }
  }

  /**
   * {@code qemu-img convert -f <format> -O raw -W [-t none] <source> <target>}: sparse raw output;
   * with {@code directOutput} the target is written with O_DIRECT ({@code -t none}), which here is
   * several times faster than going through the page cache and then fsync-ing it.
   */
  void convertToRaw(
      String source, String format, Path target, boolean directOutput, Cancellation cancel)
      throws ImportFailure, InterruptedException {
    List<String> args = new ArrayList<>(List.of("convert", "-f", format, "-O", "raw", "-W"));
    if (directOutput) {
      args.addAll(List.of("-t", "none"));
    }
    args.addAll(List.of(source, target.toString()));
    Result r = run(args, cancel);
    if (r.exit != 0) {
      throw new ImportFailure(
          ImportReason.ConversionFailed,
          "qemu-img could not convert the " + format + " image to raw: " + r.stderr);
    }
  }

  private record Result(int exit, String stdout, String stderr) {}

  private Result run(List<String> args, Cancellation cancel)
      throws ImportFailure, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary);
    cmd.addAll(args);
    LOG.debug("running {}", cmd);
    Process p;
    try {
      p = new ProcessBuilder(cmd).start();
      p.getOutputStream().close();
    } catch (IOException e) {
      throw new ImportFailure(
          ImportReason.ConversionFailed,
          "cannot run " + binary + " (install qemu-utils): " + e.getMessage(),
          e);
    }
    AutoCloseable kill = p::destroyForcibly;
    cancel.register(kill);
    try {
      CompletableFuture<String> err =
          CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
      String out = drain(p.getInputStream());
      int exit = p.waitFor();
      String stderr = err.get().strip();
      if (stderr.length() > MAX_STDERR) {
        stderr = stderr.substring(0, MAX_STDERR) + "…";
      }
      return new Result(exit, out, stderr);
    } catch (ExecutionException | UncheckedIOException e) {
      throw new ImportFailure(
          ImportReason.ConversionFailed, "reading qemu-img output failed: " + e.getMessage(), e);
    } finally {
      cancel.unregister(kill);
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }

  private static String drain(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
