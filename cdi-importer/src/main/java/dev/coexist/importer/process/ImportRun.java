package dev.coexist.importer.process;

import dev.coexist.crds.importer.ImportReason;
import dev.coexist.importer.format.Checksum;
import dev.coexist.importer.format.Compression;
import dev.coexist.importer.format.DiskSize;
import dev.coexist.importer.format.ImageFormat;
import dev.coexist.importer.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;

/** The state of one import run, shared by its steps, and how I/O errors map to reasons. */
final class ImportRun {
  final ImportJob job;
  final String sourceName;
  final Cancellation cancellation;
  final QemuImg qemuImg;
  final ProgressListener progress;
  final Path temp;
  final Path scratch;

  /** The in-memory window for overlapped conversions; empty: through full scratch space. */
  Optional<WindowSettings> window;

  /** What the last windowed transfer did with the download (for the log and tests). */
  String windowSummary = "";

  /** Range requests to the source, when it supports them (reads far ahead of the download). */
  Optional<RangeReader> ranges = Optional.empty();

  CountingStream counted;
  InputStream content;
  Compression compression;
  ImageFormat format;
  long virtualSize;
  long diskSize;
  String computedChecksum;

  ImportRun(
      ImportJob job,
      String sourceName,
      Cancellation cancellation,
      QemuImg qemuImg,
      ProgressListener progress,
      Optional<WindowSettings> window) {
    this.job = job;
    this.window = window;
    this.sourceName = sourceName;
    this.cancellation = cancellation;
    this.qemuImg = qemuImg;
    this.progress = progress;
    this.temp = TargetFiles.temporary(job.target());
    this.scratch = TargetFiles.scratch(job.scratchDir(), job.target());
  }

  /** Maps a failure while reading/decompressing the source. */
  ImportFailure readFailure(IOException e) {
    if (cancellation.isCancelled()) {
      return stopped();
    }
    IOException cause = e instanceof StreamReadException s ? s.readFailure() : e;
    if (cause instanceof SourceException se) {
      return new ImportFailure(se.reason(), se.getMessage(), se);
    }
    String what =
        compression == null || compression == Compression.NONE
            ? sourceName
            : sourceName + " (" + compression.displayName() + "-compressed)";
    return new ImportFailure(
        ImportReason.TransferFailed, "reading " + what + " failed: " + cause.getMessage(), cause);
  }

  /** Maps a failure of a copy: read side as {@link #readFailure}, the rest as a write failure. */
  ImportFailure copyFailure(IOException e, Path writing) {
    if (e instanceof StreamReadException) {
      return readFailure(e);
    }
    if (cancellation.isCancelled()) {
      return stopped();
    }
    return new ImportFailure(
        ImportReason.WriteFailed, "writing " + writing + " failed: " + e.getMessage(), e);
  }

  ImportFailure stopped() {
    return new ImportFailure(
        ImportReason.Interrupted,
        "the import of " + sourceName + " was stopped before it finished");
  }

  /** Copies the content into a new file (sparse), returning the length. */
  long copyContent(FileChannel out, Path name, LongConsumer written) throws ImportFailure {
    try {
      long n = new SparseCopy().copy(content, out, written);
      if (out.size() < n) {
        out.write(ByteBuffer.wrap(new byte[1]), n - 1);
      }
      return n;
    } catch (IOException e) {
      throw copyFailure(e, name);
    }
  }

  /** Reads the rest of the download and compares its digest with the expected checksum. */
  void verifyChecksum() throws ImportFailure {
    try {
      counted.drain();
    } catch (IOException e) {
      throw readFailure(e);
    }
    Optional<Checksum> expected = job.checksum();
    Optional<byte[]> digest = counted.digestValue();
    if (expected.isEmpty() || digest.isEmpty()) {
      return;
    }
    computedChecksum = Checksum.format(expected.get().algorithm(), digest.get());
    if (!expected.get().matches(digest.get())) {
      throw new ImportFailure(
          ImportReason.ChecksumMismatch,
          "checksum mismatch for "
              + sourceName
              + ": the downloaded "
              + DiskSize.human(counted.count())
              + " have "
              + computedChecksum
              + " but "
              + expected.get()
              + " was expected; the image was not imported");
    }
  }

  /** Checks what qemu-img says before converting (backing file, format, size). */
  void checkInfo(QemuImg.Info info) throws ImportFailure {
    if (info.backingFile().isPresent()) {
      throw new ImportFailure(
          ImportReason.NotAnImage,
          sourceName
              + " is a "
              + format.displayName()
              + " overlay with a backing file ("
              + info.backingFile().get()
              + "); only standalone images can be imported");
    }
    if (!format.qemuDriver().equals(info.format())) {
      throw new ImportFailure(
          ImportReason.ConversionFailed,
          "qemu-img reads " + sourceName + " as " + info.format() + ", not " + format.qemuDriver());
    }
    checkFits(info.virtualSize());
  }

  /** ImageTooLarge unless {@code size} fits the usable size. */
  void checkFits(long size) throws ImportFailure {
    if (job.usableSize().isPresent() && size > job.usableSize().getAsLong()) {
      throw new ImportFailure(
          ImportReason.ImageTooLarge,
          "the image's virtual size "
              + DiskSize.human(size)
              + " ("
              + size
              + " bytes) is larger than the usable size of the target "
              + DiskSize.human(job.usableSize().getAsLong())
              + " ("
              + job.usableSize().getAsLong()
              + " bytes, after filesystem overhead); request a larger volume");
    }
  }
}
