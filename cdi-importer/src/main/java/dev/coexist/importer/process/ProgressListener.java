package dev.coexist.importer.process;

import dev.coexist.crds.importer.ImportPhase;
import java.util.OptionalLong;

/** Receives the import's phase changes and byte counts (cheap calls, on the import's threads). */
public interface ProgressListener {

  /** The processor entered {@code phase}. */
  void phase(ImportPhase phase);

  /** {@code downloaded} bytes of {@code total} (when known) have been received. */
  void bytes(long downloaded, OptionalLong total);

  /** A listener that ignores everything. */
  static ProgressListener none() {
    return new ProgressListener() {
      @Override
      public void phase(ImportPhase phase) {
        // nothing to publish
      }

      @Override
      public void bytes(long downloaded, OptionalLong total) {
        // nothing to publish
      }
    };
  }
}
