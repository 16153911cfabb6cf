package dev.coexist.importer.process;

import dev.coexist.crds.importer.ImportPhase;
import dev.coexist.crds.importer.ImportReason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Non-raw images: download into scratch space and convert to raw with qemu-img. When the download
 * length is known and the stream is not compressed, qemu-img reads the scratch file through an NBD
 * export while it is being written, so download and conversion overlap.
 */
final class ScratchConverter {
  private static final Logger LOG = LoggerFactory.getLogger(ScratchConverter.class);

  private final ImportRun run;

  ScratchConverter(ImportRun run) {
    this.run = run;
  }

  /** Downloads into scratch; returns the next phase (Convert, or Resize when already converted). */
  ImportPhase transfer(OptionalLong downloadLength) throws ImportFailure, InterruptedException {
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
    Path socketDir;
    try {
      socketDir = Files.createTempDirectory("coexist-nbd");
    } catch (IOException e) {
      throw run.copyFailure(e, Path.of(System.getProperty("java.io.tmpdir")));
    }
    try (FileChannel ch = newScratch()) {
      GrowingFile growing = new GrowingFile(ch, size);
      AutoCloseable failGrowing = () -> growing.fail(new IOException("stopped"));
      run.cancellation.register(failGrowing);
      try (NbdServer nbd = NbdServer.start(growing, socketDir.resolve("nbd.sock"))) {
        overlap(growing, nbd);
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

  private void overlap(GrowingFile growing, NbdServer nbd)
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
              }
            });
    Thread converter = new Thread(conversion, "qemu-img-convert");
    converter.start();
    ImportFailure downloadFailure = null;
    try {
      run.copyContent(growing.channel(), run.scratch, growing::advance);
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
