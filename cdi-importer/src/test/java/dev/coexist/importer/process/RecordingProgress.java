package dev.coexist.importer.process;

import dev.coexist.crds.importer.ImportPhase;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records phases and the last byte count. */
final class RecordingProgress implements ProgressListener {
  final List<ImportPhase> phases = new CopyOnWriteArrayList<>();
  volatile long lastBytes;

  @Override
  public void phase(ImportPhase phase) {
    phases.add(phase);
  }

  @Override
  public void bytes(long downloaded, OptionalLong total) {
    lastBytes = downloaded;
  }
}
