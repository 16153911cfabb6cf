package dev.coexist.crds.importer;

/**
 * Why an import ended. CamelCase like Kubernetes condition reasons, so the DataVolume controller
 * can copy it into the {@code Running}/{@code Ready} condition reason unchanged.
 */
public enum ImportReason {
  /** The image is complete, verified and in place. */
  Completed,
  /** The downloaded bytes do not match {@code spec.source.http.checksum}. */
  ChecksumMismatch,
  /** The server answered 404/410: the URL names nothing. */
  NotFound,
  /** The server answered 401/403: credentials missing or wrong. */
  Unauthorized,
  /** The content is not a disk image (e.g. an HTML page) or not a format we convert. */
  NotAnImage,
  /** The download failed (network, 5xx, truncated body) after all retries. */
  TransferFailed,
  /** qemu-img could not convert the image. */
  ConversionFailed,
  /** The image's virtual size does not fit the usable size of the target. */
  ImageTooLarge,
  /** The importer's configuration (environment / flags) is invalid. */
  InvalidConfiguration,
  /** Writing the target failed (disk full, permissions). */
  WriteFailed,
  /** A bug in the importer (an unexpected exception); the message names it. */
  InternalError,
  /** The importer was stopped (SIGTERM) before it finished. */
  Interrupted
}
