package dev.coexist.operator.dv;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What the DataVolume controller needs beyond the DataVolume: the importer image and the limits.
 *
 * @param importerImage the cdi-importer image of importer pods
 * @param imagePullPolicy the importer image's pull policy (IfNotPresent, or Never for local images)
 * @param filesystemOverhead the fraction of a Filesystem PVC kept for the filesystem (CDI: 0.06)
 * @param maxRestarts importer restarts after which a retryable failure fails the DataVolume
 * @param progressInterval how often a running import's progress is read
 * @param operatorNamespace {@code POD_NAMESPACE}: where Secret {@value #UPLOAD_CA_SECRET} (the CA
 *     of the upload proxy, which issues upload server certificates) lives; empty: no uploads
 */
public record DataVolumeConfig(
    String importerImage,
    String imagePullPolicy,
    double filesystemOverhead,
    int maxRestarts,
    Duration progressInterval,
    String operatorNamespace) {

  /** The Secret holding the subresource/upload CA ({@code ca.crt}, {@code ca.key}). */
  public static final String UPLOAD_CA_SECRET = "coexist-subresources-certs";

  /** Without an operator namespace (no uploads). */
  public DataVolumeConfig(
      String importerImage,
      String imagePullPolicy,
      double filesystemOverhead,
      int maxRestarts,
      Duration progressInterval) {
    this(importerImage, imagePullPolicy, filesystemOverhead, maxRestarts, progressInterval, "");
  }

  /** CDI's global default filesystem overhead. */
  public static final double DEFAULT_FILESYSTEM_OVERHEAD = 0.06;

  public DataVolumeConfig {
    Objects.requireNonNull(importerImage, "importerImage");
    Objects.requireNonNull(imagePullPolicy, "imagePullPolicy");
    Objects.requireNonNull(progressInterval, "progressInterval");
    Objects.requireNonNull(operatorNamespace, "operatorNamespace");
    if (!(filesystemOverhead >= 0 && filesystemOverhead < 1)) {
      throw new IllegalArgumentException(
          "COEXIST_FILESYSTEM_OVERHEAD: must be in [0, 1): " + filesystemOverhead);
    }
    if (maxRestarts < 0) {
      throw new IllegalArgumentException("COEXIST_IMPORTER_MAX_RESTARTS: must be >= 0");
    }
  }

  /** The defaults: the project's importer image, CDI's overhead, three restarts, 2 s progress. */
  public static DataVolumeConfig defaults() {
    return new DataVolumeConfig(
        "localhost/coexist/cdi-importer:latest",
        "IfNotPresent",
        DEFAULT_FILESYSTEM_OVERHEAD,
        3,
        Duration.ofSeconds(2));
  }

  /**
   * Reads COEXIST_IMPORTER_IMAGE, COEXIST_IMPORTER_PULL_POLICY, COEXIST_FILESYSTEM_OVERHEAD,
   * COEXIST_IMPORTER_MAX_RESTARTS; anything unset keeps its default.
   *
   * @throws IllegalArgumentException naming the variable that is invalid
   */
  public static DataVolumeConfig fromEnv(Map<String, String> env) {
    DataVolumeConfig d = defaults();
    String policy = env.getOrDefault("COEXIST_IMPORTER_PULL_POLICY", d.imagePullPolicy()).trim();
    if (!policy.equals("IfNotPresent") && !policy.equals("Never") && !policy.equals("Always")) {
      throw new IllegalArgumentException(
          "COEXIST_IMPORTER_PULL_POLICY: " + policy + " is not one of IfNotPresent, Never, Always");
    }
    return new DataVolumeConfig(
        env.getOrDefault("COEXIST_IMPORTER_IMAGE", d.importerImage()).trim(),
        policy,
        number(env, "COEXIST_FILESYSTEM_OVERHEAD", d.filesystemOverhead()),
        (int) number(env, "COEXIST_IMPORTER_MAX_RESTARTS", d.maxRestarts()),
        d.progressInterval(),
        env.getOrDefault("POD_NAMESPACE", "").trim());
  }

  private static double number(Map<String, String> env, String name, double def) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return def;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not a number: " + v, e);
    }
  }
}
