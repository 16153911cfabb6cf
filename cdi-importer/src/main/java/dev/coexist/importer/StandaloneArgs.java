package dev.coexist.importer;

import dev.coexist.crds.importer.ImporterNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Standalone flags ({@code cdi-importer import --url=… --dest=…}) translated to the environment
 * variable names the pod uses, so both modes go through one parser and one code path.
 */
final class StandaloneArgs {
  static final String USAGE =
      String.join(
          "\n",
          "usage: cdi-importer import --url=<http(s) url> --dest=<file> [--checksum=sha256:<hex>]",
          "         [--size=<quantity, e.g. 2Gi>] [--source=http|blank|pvc] [--clone-from=<file|dir>]",
          "         [--content-type=kubevirt|archive] [--scratch-dir=<dir>] [--cert-dir=<dir>]",
          "         [--insecure] [--header='Name: value']... [--secret-dir=<dir>] [--retries=<n>]",
          "         [--progress-file=<file>] [--metrics-port=<port>] [--termination-log=<file>]",
          "         [--filesystem-overhead=<fraction>]",
          "       cdi-importer            (in a pod: configured by IMPORTER_* environment variables)",
          "       cdi-importer upload-server  (CDI's upload server; UPLOAD_SERVER_* and IMPORTER_*",
          "                                  environment variables, see cdi-importer/README.md)",
          "       cdi-importer --version",
          "basic-auth credentials come from IMPORTER_ACCESS_KEY_ID / IMPORTER_SECRET_KEY or",
          "--secret-dir (files accessKeyId, secretKey), never from flags.");

  private static final Map<String, String> FLAGS =
      Map.ofEntries(
          Map.entry("url", ImporterNames.ENV_ENDPOINT),
          Map.entry("endpoint", ImporterNames.ENV_ENDPOINT),
          Map.entry("dest", ImporterConfig.DEST),
          Map.entry("checksum", ImporterNames.ENV_CHECKSUM),
          Map.entry("size", ImporterNames.ENV_IMAGE_SIZE),
          Map.entry("source", ImporterNames.ENV_SOURCE),
          Map.entry("clone-from", ImporterNames.ENV_CLONE_SOURCE_DIR),
          Map.entry("content-type", ImporterNames.ENV_CONTENT_TYPE),
          Map.entry("scratch-dir", ImporterNames.ENV_SCRATCH_DIR),
          Map.entry("cert-dir", ImporterNames.ENV_CERT_DIR),
          Map.entry("secret-dir", ImporterNames.ENV_SECRET_DIR),
          Map.entry("retries", ImporterNames.ENV_RETRIES),
          Map.entry("progress-file", ImporterNames.ENV_PROGRESS_FILE),
          Map.entry("metrics-port", ImporterNames.ENV_METRICS_PORT),
          Map.entry("termination-log", ImporterNames.ENV_TERMINATION_LOG),
          Map.entry("filesystem-overhead", ImporterNames.ENV_FILESYSTEM_OVERHEAD));

  private StandaloneArgs() {}

  /**
   * The environment overlaid with the flags.
   *
   * @throws IllegalArgumentException for an unknown or malformed flag
   */
  static Map<String, String> settings(Map<String, String> env, List<String> args) {
    Map<String, String> out = new HashMap<>(env);
    int headers = 0;
    for (String a : args) {
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + a + "'");
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
      String value = eq < 0 ? null : a.substring(eq + 1);
      if (name.equals("insecure") && value == null) {
        out.put(ImporterNames.ENV_INSECURE_TLS, "true");
      } else if (name.equals("header") && value != null) {
        out.put(ImporterNames.ENV_EXTRA_HEADER_PREFIX + "CLI_" + headers++, value);
      } else if (FLAGS.containsKey(name) && value != null) {
        out.put(FLAGS.get(name), value);
      } else {
        throw new IllegalArgumentException("unknown flag or missing '=value': " + a);
      }
    }
    return out;
  }
}
