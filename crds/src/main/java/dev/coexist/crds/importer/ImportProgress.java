package dev.coexist.crds.importer;

import java.util.Locale;

/**
 * The importer's progress document, served as JSON at {@link ImporterNames#PROGRESS_PATH} and
 * written to {@link ImporterNames#ENV_PROGRESS_FILE} when set.
 *
 * @param phase current phase
 * @param percent 0–100 (two decimals are meaningful), -1 when the total is unknown
 * @param bytesDownloaded bytes received so far
 * @param totalBytes expected bytes (Content-Length), -1 when unknown
 * @param updatedMillis epoch millis of this snapshot
 */
public record ImportProgress(
    ImportPhase phase, double percent, long bytesDownloaded, long totalBytes, long updatedMillis) {

  /**
   * The DataVolume {@code status.progress} string CDI writes: {@code "NN.NN%"} or {@code "N/A"}.
   */
  public String asDataVolumeProgress() {
    if (percent < 0) {
      return "N/A";
    }
    return String.format(Locale.ROOT, "%.2f%%", percent);
  }
}
