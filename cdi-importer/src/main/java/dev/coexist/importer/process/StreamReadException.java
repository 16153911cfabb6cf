package dev.coexist.importer.process;

import java.io.IOException;

/** Marks an I/O failure on the reading side of a copy (as opposed to writing the target). */
final class StreamReadException extends IOException {
  private static final long serialVersionUID = 1L;

  StreamReadException(IOException cause) {
    super(cause.getMessage(), cause);
  }

  /** The read-side failure itself. */
  IOException readFailure() {
    return (IOException) getCause();
  }
}
