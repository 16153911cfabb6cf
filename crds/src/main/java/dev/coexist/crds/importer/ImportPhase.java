package dev.coexist.crds.importer;

/**
 * The importer's processing phases, after CDI's {@code data-processor.go}: {@code Info → Transfer…
 * → Convert → Resize → Complete}, or {@code Error}.
 */
public enum ImportPhase {
  /** Opening the source, detecting compression and format. */
  Info,
  /** Downloading a non-raw image into scratch space (converted afterwards or while downloading). */
  TransferScratch,
  /** Streaming a raw image straight into the target file. */
  TransferDataFile,
  /** Extracting an archive (contentType archive) into the target directory. */
  TransferDataDir,
  /** Creating a blank (sparse) raw disk. */
  Blank,
  /** Converting the scratch image to raw with qemu-img. */
  Convert,
  /** Growing disk.img to the usable size. */
  Resize,
  /** Verified and renamed into place. */
  Complete,
  /** Failed; the termination message says why. */
  Error
}
