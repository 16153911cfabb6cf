package dev.coexist.importer.process;

import dev.coexist.crds.importer.ImportOutcome;
import dev.coexist.crds.importer.ImportPhase;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.importer.format.Compression;
import dev.coexist.importer.format.DiskSize;
import dev.coexist.importer.format.ImageFormat;
import dev.coexist.importer.source.Backoff;
import dev.coexist.importer.source.ImageSource;
import dev.coexist.importer.source.ResumingInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The importer's phase machine (CDI's {@code data-processor.go}): {@code Info → TransferDataFile |
 * TransferScratch → Convert | TransferDataDir | Blank → Resize → Complete}, or {@code Error}. It
 * never leaves a half-written disk.img: everything is written under a temporary name and renamed
 * only when complete and verified; on failure the temporary files are removed and an earlier
 * disk.img stays untouched.
 */
public final class ImportProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(ImportProcessor.class);

  private final ImportJob job;
  private final Optional<ImageSource> source;
  private final Backoff backoff;
  private final Clock clock;
  private final ImportRun run;
  private ResumingInputStream download;

  /**
   * @param source the source; empty for a blank disk
   */
  public ImportProcessor(
      ImportJob job,
      Optional<ImageSource> source,
      QemuImg qemuImg,
      ProgressListener progress,
      Backoff backoff,
      Clock clock) {
    this(job, source, qemuImg, progress, backoff, clock, Optional.of(WindowSettings.defaults()));
  }

  /**
   * @param source the source; empty for a blank disk
   * @param window the in-memory window for overlapped conversions (empty: full scratch space)
   */
  ImportProcessor(
      ImportJob job,
      Optional<ImageSource> source,
      QemuImg qemuImg,
      ProgressListener progress,
      Backoff backoff,
      Clock clock,
      Optional<WindowSettings> window) {
    this.job = job;
    this.source = source;
    this.backoff = backoff;
    this.clock = clock;
    String name = source.map(ImageSource::describe).orElse("a blank disk");
    this.run = new ImportRun(job, name, new Cancellation(), qemuImg, progress, window);
  }

  /** Stops the import from another thread (shutdown); {@link #run()} then returns Interrupted. */
  public void cancel() {
    backoff.cancel();
    run.cancellation.cancel();
  }

  /** What the last windowed transfer did (bytes dropped, spilled, range requests); for tests. */
  String windowSummary() {
    return run.windowSummary;
  }

  /** Runs the import to its end; never throws for an import failure. */
  public ImporterTerminationMessage run() {
    long start = clock.millis();
    ImportPhase phase = ImportPhase.Info;
    try (MDC.MDCCloseable ignored = MDC.putCloseable("import", run.sourceName)) {
      removeLeftovers();
      while (phase != ImportPhase.Complete) {
        run.progress.phase(phase);
        LOG.info("phase {}", phase);
        phase = step(phase);
      }
      run.progress.phase(ImportPhase.Complete);
      LOG.info("phase {}: {}", ImportPhase.Complete, successMessage());
      return message(ImportOutcome.Succeeded, ImportReason.Completed, successMessage(), start);
    } catch (ImportFailure f) {
      return failed(f, start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(run.stopped(), start);
    } catch (RuntimeException e) {
      removeTemporaries();
      throw e;
    } finally {
      if (download != null) {
        download.close();
      }
    }
  }

  private ImporterTerminationMessage failed(ImportFailure f, long start) {
    LOG.error("import failed ({}): {}", f.reason(), f.getMessage());
    removeTemporaries();
    run.progress.phase(ImportPhase.Error);
    return message(ImportOutcome.Failed, f.reason(), f.getMessage(), start);
  }

  private ImportPhase step(ImportPhase phase) throws ImportFailure, InterruptedException {
    switch (phase) {
      case Info:
        return info();
      case Blank:
        return blank();
      case TransferDataFile:
        return transferDataFile();
      case TransferScratch:
        return new ScratchConverter(run).transfer(overlapLength());
      case Convert:
        return new ScratchConverter(run).convert();
      case TransferDataDir:
        new ArchiveExtractor(run).extract();
        return ImportPhase.Complete;
      case Resize:
        return resize();
      default:
        throw new IllegalStateException("no step for phase " + phase);
    }
  }

  private ImportPhase info() throws ImportFailure {
    if (job.kind() == ImportJob.Kind.BLANK) {
      return ImportPhase.Blank;
    }
    ImageSource src = source.orElseThrow();
    if (download != null) {
      // starting again (the in-memory window was missed): a fresh download and digest
      run.cancellation.unregister(download);
      download.close();
    }
    download = new ResumingInputStream(src, job.attempts(), backoff);
    run.cancellation.register(download);
    try {
      download.open();
    } catch (IOException e) {
      throw run.readFailure(e);
    }
    run.ranges = download.rangesSupported() ? Optional.of(RangeReader.of(src)) : Optional.empty();
    run.counted =
        new CountingStream(
            download,
            job.checksum().map(c -> c.algorithm().newDigest()),
            run.progress,
            download.totalLength());
    Peeked content;
    try {
      Peeked raw = Peeked.of(run.counted, Compression.MAGIC_BYTES);
      run.compression = Compression.detect(raw.head(), raw.length());
      content = Peeked.of(run.compression.decompress(raw.stream()), ImageFormat.HEAD_BYTES);
    } catch (IOException e) {
      throw run.readFailure(e);
    }
    run.content = content.stream();
    return detectFormat(content);
  }

  private ImportPhase detectFormat(Peeked content) throws ImportFailure {
    if (job.contentType() == ImportJob.ContentType.ARCHIVE) {
      if (!ImageFormat.isTar(content.head(), content.length())) {
        throw notAnImage(content, "a tar archive");
      }
      return ImportPhase.TransferDataDir;
    }
    run.format =
        ImageFormat.detect(content.head(), content.length())
            .orElseThrow(
                () -> notAnImage(content, "a disk image (qcow2, raw, vmdk, vdi, vhd, vhdx, iso)"));
    LOG.info(
        "{}: format {}, compression {}, {} bytes announced",
        run.sourceName,
        run.format.displayName(),
        run.compression.displayName(),
        download.totalLength().isPresent() ? download.totalLength().getAsLong() : "no length");
    return run.format.needsConversion()
        ? ImportPhase.TransferScratch
        : ImportPhase.TransferDataFile;
  }

  private ImportFailure notAnImage(Peeked content, String expected) {
    return new ImportFailure(
        ImportReason.NotAnImage,
        run.sourceName
            + " is "
            + ImageFormat.describeNonImage(content.head(), content.length())
            + (run.compression == Compression.NONE
                ? ""
                : " (inside " + run.compression.displayName() + ")")
            + ", not "
            + expected);
  }

  /** The scratch file can be served while downloading only when its final length is known. */
  private OptionalLong overlapLength() {
    return run.compression == Compression.NONE ? download.totalLength() : OptionalLong.empty();
  }

  private ImportPhase transferDataFile() throws ImportFailure {
    try (FileChannel out = newTemp()) {
      run.virtualSize = run.copyContent(out, run.temp, n -> {});
    } catch (IOException e) {
      throw run.copyFailure(e, run.temp);
    }
    run.checkFits(run.virtualSize);
    run.verifyChecksum();
    return ImportPhase.Resize;
  }

  private ImportPhase blank() throws ImportFailure {
    long size =
        job.usableSize()
            .orElseThrow(
                () ->
                    new ImportFailure(
                        ImportReason.InvalidConfiguration,
                        "a blank disk needs a size (IMPORTER_IMAGE_SIZE / --size)"));
    try (FileChannel out = newTemp()) {
      out.truncate(0);
    } catch (IOException e) {
      throw run.copyFailure(e, run.temp);
    }
    run.format = ImageFormat.RAW;
    run.virtualSize = size;
    return ImportPhase.Resize;
  }

  private ImportPhase resize() throws ImportFailure {
    try {
      long current = Files.size(run.temp);
      run.checkFits(current);
      long size = job.usableSize().orElse(current);
      if (size > current) {
        try (RandomAccessFile f = new RandomAccessFile(run.temp.toFile(), "rw")) {
          f.setLength(size);
        }
        LOG.info("resized disk.img from {} to {} bytes", current, size);
      }
      run.diskSize = size;
      TargetFiles.commit(run.temp, job.target());
    } catch (IOException e) {
      throw run.copyFailure(e, job.target());
    }
    return ImportPhase.Complete;
  }

  private FileChannel newTemp() throws IOException {
    Files.createDirectories(run.temp.toAbsolutePath().getParent());
    return FileChannel.open(run.temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** A crashed earlier attempt may have left temporaries; they are never valid. */
  private void removeLeftovers() throws ImportFailure {
    for (Path p : temporaries()) {
      try {
        TargetFiles.deleteRecursively(p);
      } catch (IOException e) {
        throw run.copyFailure(e, p);
      }
    }
  }

  private void removeTemporaries() {
    for (Path p : temporaries()) {
      try {
        TargetFiles.deleteRecursively(p);
      } catch (IOException e) {
        LOG.warn("could not remove {}: {}", p, e.toString());
      }
    }
  }

  private Path[] temporaries() {
    if (job.contentType() == ImportJob.ContentType.ARCHIVE) {
      return new Path[] {ArchiveExtractor.stagingDir(job.target())};
    }
    return new Path[] {run.temp, run.scratch};
  }

  private String successMessage() {
    if (job.contentType() == ImportJob.ContentType.ARCHIVE) {
      return "extracted " + run.sourceName + " into " + job.target() + checksumNote();
    }
    String what =
        job.kind() == ImportJob.Kind.BLANK
            ? "created a blank disk"
            : "imported "
                + run.sourceName
                + " ("
                + run.format.displayName()
                + (run.compression == Compression.NONE ? "" : ", " + run.compression.displayName())
                + ")";
    return what
        + " as "
        + job.target()
        + ": virtual size "
        + DiskSize.human(run.virtualSize)
        + ", disk size "
        + DiskSize.human(run.diskSize)
        + checksumNote();
  }

  private String checksumNote() {
    return run.computedChecksum == null ? "" : ", checksum " + run.computedChecksum + " verified";
  }

  private ImporterTerminationMessage message(
      ImportOutcome outcome, ImportReason reason, String text, long start) {
    return new ImporterTerminationMessage(
        outcome,
        reason,
        text,
        run.format == null ? null : run.format.displayName(),
        run.compression == null ? null : run.compression.displayName(),
        run.counted == null ? 0 : run.counted.count(),
        run.virtualSize,
        outcome == ImportOutcome.Succeeded ? run.diskSize : 0,
        run.computedChecksum,
        clock.millis() - start);
  }
}
