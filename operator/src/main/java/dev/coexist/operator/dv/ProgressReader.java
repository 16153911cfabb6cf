package dev.coexist.operator.dv;

import dev.coexist.crds.importer.ImportProgress;
import java.util.Optional;

/**
 * Reads a running importer's progress (the I/O seam; {@link HttpProgressReader} is the real one).
 */
public interface ProgressReader {

  /** The progress the importer at {@code podIp} reports, empty if it cannot be read now. */
  Optional<ImportProgress> read(String podIp);
}
