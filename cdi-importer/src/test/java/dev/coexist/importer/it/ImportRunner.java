package dev.coexist.importer.it;

import dev.coexist.crds.importer.ImporterTerminationMessage;
import dev.coexist.importer.Importer;
import dev.coexist.importer.ImporterConfig;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs an import the way Main does: settings (env names) → config → importer. */
final class ImportRunner {
  private ImportRunner() {}

  static ImporterTerminationMessage standalone(Map<String, String> settings) {
    Map<String, String> s = new HashMap<>(settings);
    s.putIfAbsent("IMPORTER_RETRIES", "3");
    ImporterConfig config = ImporterConfig.parse(ImporterConfig.Mode.STANDALONE, s);
    return new Importer(config, Clock.systemUTC()).run();
  }

  static ImporterTerminationMessage http(String url, String dest) {
    return standalone(Map.of("IMPORTER_ENDPOINT", url, ImporterConfig.DEST, dest));
  }
}
