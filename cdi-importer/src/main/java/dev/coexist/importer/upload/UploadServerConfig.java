package dev.coexist.importer.upload;

import dev.coexist.crds.importer.ImporterNames;
import dev.coexist.crds.importer.UploadNames;
import dev.coexist.importer.ImporterConfig;
import dev.coexist.importer.process.ImportJob;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The upload server's configuration, parsed once in {@code main} from the environment: where to
 * listen, its certificates, whom to accept, and the import settings (the same {@code IMPORTER_*}
 * variables as an import pod: size, filesystem overhead, content type, checksum, data and scratch
 * directories, termination log, status port).
 *
 * @param bindAddress {@value UploadNames#ENV_BIND}, default {@code 0.0.0.0}
 * @param port {@value UploadNames#ENV_PORT}, default {@value UploadNames#PORT} (0: any free port)
 * @param certDir {@value UploadNames#ENV_CERT_DIR}, default {@value UploadNames#CERT_DIR}
 * @param clientName {@value UploadNames#ENV_CLIENT_NAME}: the CN the proxy's client certificate
 *     must have; empty accepts any certificate the CA signed
 * @param importer the import settings ({@code IMPORTER_SOURCE} is {@code upload}; the status port
 *     defaults to {@value UploadNames#STATUS_PORT})
 */
public record UploadServerConfig(
    String bindAddress, int port, Path certDir, String clientName, ImporterConfig importer) {

  /**
   * Parses the environment.
   *
   * @throws IllegalArgumentException naming the variable at fault
   */
  public static UploadServerConfig parse(Map<String, String> env) {
    Map<String, String> s = new HashMap<>(env);
    s.put(ImporterNames.ENV_SOURCE, "upload");
    s.putIfAbsent(ImporterNames.ENV_METRICS_PORT, String.valueOf(UploadNames.STATUS_PORT));
    ImporterConfig importer = ImporterConfig.parse(ImporterConfig.Mode.POD, s);
    int port = port(env.getOrDefault(UploadNames.ENV_PORT, String.valueOf(UploadNames.PORT)));
    if (port != 0 && port == importer.metricsPort()) {
      throw new IllegalArgumentException(
          UploadNames.ENV_PORT
              + ": "
              + port
              + " is also "
              + ImporterNames.ENV_METRICS_PORT
              + "; use two ports");
    }
    return new UploadServerConfig(
        env.getOrDefault(UploadNames.ENV_BIND, "0.0.0.0"),
        port,
        Path.of(env.getOrDefault(UploadNames.ENV_CERT_DIR, UploadNames.CERT_DIR)),
        env.getOrDefault(UploadNames.ENV_CLIENT_NAME, UploadNames.DEFAULT_CLIENT_NAME).trim(),
        importer);
  }

  /** One upload attempt: never retried from the server side (the client uploads again). */
  public ImportJob job() {
    ImportJob j = importer.job();
    return new ImportJob(
        j.kind(), j.contentType(), j.target(), j.scratchDir(), j.usableSize(), j.checksum(), 1);
  }

  private static int port(String v) {
    try {
      int p = Integer.parseInt(v.trim());
      if (p < 0 || p > 65535) {
        throw new IllegalArgumentException(UploadNames.ENV_PORT + ": " + p + " is not a port");
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(UploadNames.ENV_PORT + ": not an integer: " + v, e);
    }
  }
}
