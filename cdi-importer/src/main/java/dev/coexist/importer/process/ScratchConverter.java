package dev.coexist.importer.process;

import dev.coexist.crds.importer.ImportPhase;
import dev.coexist.crds.importer.ImportReason;
import dev.coexist.importer.source.ImageSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Non-raw images: download and convert to raw with qemu-img. When the download length is known and
 * the stream is not compressed, qemu-img reads the download through an NBD export while it arrives,
 * so download and conversion overlap: first from a bounded in-memory {@link ChunkWindow} (scratch
 * space only for what qemu-img reads out of order), and, should a read miss that window, once more
 * through a scratch file it reads while it is being written. Otherwise the download goes to scratch
 * space and is converted afterwards.
 */
final class ScratchConverter {
  private static final Logger LOG = LoggerFactory.getLogger(ScratchConverter.class);

  private final ImportRun run;

  ScratchConverter(ImportRun run) {
    this.run = run;
  }

  /**
   * Downloads and converts; returns the next phase: Resize when already converted, Convert after a
   * plain download into scratch, or Info when the import must start again through full scratch
   * space (a read missed the in-memory window).
   */
  ImportPhase transfer(OptionalLong downloadLength) throws ImportFailure, InterruptedException {
    if (downloadLength.isPresent() && run.window.isPresent()) {
      if (windowed(downloadLength.getAsLong(), run.window.get())) {
        return ImportPhase.Resize;
      }
      run.window = Optional.empty();
      return ImportPhase.Info;
    }
    if (downloadLength.isPresent()) {
      overlapped(downloadLength.getAsLong());
      return ImportPhase.Resize;
    }
    try (FileChannel ch = newScratch()) {
      run.copyContent(ch, run.scratch, n -> {});
    } catch (IOException e) {
      throw run.copyFailure(e, run.scratch);
    }
    run.verifyChecksum();
    return ImportPhase.Convert;
  }

  /** Converts the whole scratch file (after a sequential download). */
  ImportPhase convert() throws ImportFailure, InterruptedException {
    String src = run.scratch.toString();
    QemuImg.Info info = run.qemuImg.info(src, run.format.qemuDriver(), run.cancellation);
    run.checkInfo(info);
    run.qemuImg.convertToRaw(
        src, run.format.qemuDriver(), run.temp, directOutput(), run.cancellation);
    run.virtualSize = info.virtualSize();
    deleteScratch();
    return ImportPhase.Resize;
  }

  private FileChannel newScratch() throws ImportFailure {
    try {
      Files.createDirectories(run.scratch.toAbsolutePath().getParent());
      return FileChannel.open(
          run.scratch,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.READ,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw run.copyFailure(e, run.scratch);
    }
  }

  private void overlapped(long size) throws ImportFailure, InterruptedException {
    Path socketDir = socketDir();
    try (FileChannel ch = newScratch()) {
      GrowingFile growing = new GrowingFile(ch, size);
      AutoCloseable failGrowing = () -> growing.fail(new IOException("stopped"));
      run.cancellation.register(failGrowing);
      try (NbdServer nbd = NbdServer.start(growing, socketDir.resolve("nbd.sock"))) {
        overlap(growing, nbd, () -> run.copyContent(ch, run.scratch, growing::advance));
      } finally {
        run.cancellation.unregister(failGrowing);
      }
    } catch (IOException e) {
      throw run.copyFailure(e, run.scratch);
    } finally {
      deleteQuietly(socketDir);
      deleteScratch();
    }
  }

  /**
   * The download into the window (spilling to scratch when it must) while qemu-img converts from
   * it; false when a read missed the window and nothing was imported.
   */
  private boolean windowed(long size, WindowSettings settings)
      throws ImportFailure, InterruptedException {
    Path socketDir = socketDir();
    try (SpillFile spill = new SpillFile(run.scratch)) {
      ChunkWindow window = new ChunkWindow(size, settings, spill, run.ranges);
      Optional<MessageDigest> digest = run.counted.handOffDigest();
      if (digest.isPresent()) {
        window.hashFrom(digest.get(), run.counted.count());
      }
      AutoCloseable failWindow = () -> window.fail(new IOException("stopped"));
      run.cancellation.register(failWindow);
      try (NbdServer nbd = NbdServer.start(window, socketDir.resolve("nbd.sock"))) {
        overlap(
            window,
            nbd,
            () -> {
              download(window);
              run.counted.resumeDigest(digest);
            });
        if (window.missed()) {
          // cannot happen (qemu-img fails on the error of a missed read), but never keep such a
          // disk
          throw new ImportFailure(ImportReason.ConversionFailed, "a read missed the window");
        }
        run.windowSummary = window.summary();
        LOG.info("windowed transfer: {}", run.windowSummary);
        return true;
      } catch (ImportFailure f) {
        run.windowSummary = window.summary();
        if (!window.missed() || run.cancellation.isCancelled()) {
          throw f;
        }
        LOG.warn(
            "qemu-img read {} out of order ({}); importing again through scratch space",
            run.sourceName,
            window.summary());
        deleteQuietly(run.temp);
        return false;
      } finally {
        run.cancellation.unregister(failWindow);
      }
    } catch (IOException e) {
      throw run.copyFailure(e, run.scratch);
    } finally {
      deleteQuietly(socketDir);
      deleteScratch();
    }
  }

  /** Reads the content in chunks into the window; returns once all is digested and compared. */
  private void download(ChunkWindow window) throws ImportFailure, InterruptedException {
    ByteBuffer buf = window.newBuffer();
    try {
      while (true) {
        int n = fill(buf);
        if (n > 0) {
          buf = window.append(buf, n);
        }
        if (n < buf.capacity()) {
          window.finishHashing();
          window.checkPrefetchedVerified();
          return;
        }
      }
    } catch (IOException e) {
      throw run.copyFailure(e, run.scratch);
    }
  }

  /** Fills {@code buf} from index 0 (straight from the socket on the HTTP fast path). */
  private int fill(ByteBuffer buf) throws StreamReadException {
    buf.clear();
    try {
      while (buf.hasRemaining()) {
        if (ImageSource.read(run.content, buf) < 0) {
          break;
        }
      }
    } catch (IOException e) {
      throw new StreamReadException(e);
    }
    return buf.position();
  }

  private Path socketDir() throws ImportFailure {
    try {
      return Files.createTempDirectory("coexist-nbd");
    } catch (IOException e) {
      throw run.copyFailure(e, Path.of(System.getProperty("java.io.tmpdir")));
    }
  }

  /** The download side of an overlapped transfer. */
  private interface Download {
    void run() throws ImportFailure, InterruptedException;
  }

  private void overlap(NbdExport growing, NbdServer nbd, Download download)
      throws ImportFailure, InterruptedException {
    String driver = run.format.qemuDriver();
    AtomicBoolean conversionFailedFirst = new AtomicBoolean();
    FutureTask<QemuImg.Info> conversion =
        new FutureTask<>(
            () -> {
              try {
                QemuImg.Info info = run.qemuImg.info(nbd.uri(), driver, run.cancellation);
                run.checkInfo(info);
                run.qemuImg.convertToRaw(
                    nbd.uri(), driver, run.temp, directOutput(), run.cancellation);
                return info;
              } catch (ImportFailure | RuntimeException e) {
                if (!growing.failed()) {
                  // the conversion failed on its own: stop the download, it is of no use
                  conversionFailedFirst.set(true);
                  run.counted.close();
                }
                throw e;
              } finally {
                growing.readersDone();
              }
            });
    Thread converter = new Thread(conversion, "qemu-img-convert");
    converter.start();
    ImportFailure downloadFailure = null;
    try {
      download.run();
      growing.complete();
    } catch (ImportFailure f) {
      growing.fail(new IOException(f.getMessage()));
      downloadFailure = f;
    }
    run.progress.phase(ImportPhase.Convert);
    LOG.info("phase {} (download complete: {})", ImportPhase.Convert, downloadFailure == null);
    QemuImg.Info info = awaitConversion(conversion, downloadFailure, conversionFailedFirst.get());
    run.virtualSize = info.virtualSize();
    run.verifyChecksum();
  }

  private static QemuImg.Info awaitConversion(
      FutureTask<QemuImg.Info> conversion,
      ImportFailure downloadFailure,
      boolean conversionFailedFirst)
      throws ImportFailure, InterruptedException {
    try {
      QemuImg.Info info = conversion.get();
      if (downloadFailure != null) {
        throw downloadFailure;
      }
      return info;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      ImportFailure conversionFailure =
          cause instanceof ImportFailure f
              ? f
              : new ImportFailure(
                  ImportReason.ConversionFailed, "conversion failed: " + cause, cause);
      if (conversionFailedFirst || downloadFailure == null) {
        throw conversionFailure;
      }
      throw downloadFailure;
    }
  }

  private boolean directOutput() {
    boolean direct = TargetFiles.supportsDirectIo(run.temp.toAbsolutePath().getParent());
    LOG.debug("qemu-img output with O_DIRECT: {}", direct);
    return direct;
  }

  private void deleteScratch() {
    deleteQuietly(run.scratch);
  }

  private static void deleteQuietly(Path p) {
    try {
      TargetFiles.deleteRecursively(p);
    } catch (IOException e) {
      LOG.warn("could not delete {}: {}", p, e.toString());
    }
  }
}
