package dev.coexist.crds.importer;

/**
 * The contract of the upload server ({@code cdi-importer upload-server}, CDI's {@code
 * cdi-upload-<pvc>} pod) with the upload proxy and the DataVolume controller: its endpoints, port,
 * environment, certificate mount and the PVC annotations virtctl polls. CDI's names where CDI has
 * one.
 */
public final class UploadNames {
  private UploadNames() {}

  /** The first argument of the cdi-importer binary that runs the upload server. */
  public static final String MODE_ARG = "upload-server";

  /** Synchronous upload: 200 once the image is complete and verified (CDI's path). */
  public static final String SYNC_PATH = "/v1beta1/upload";

  /** Asynchronous upload: 200 once every byte is received; processing continues (CDI's path). */
  public static final String ASYNC_PATH = "/v1beta1/upload-async";

  /** Synchronous multipart/form-data upload (the file in a part named {@code file}). */
  public static final String FORM_PATH = "/v1beta1/upload-form";

  /** Asynchronous multipart/form-data upload. */
  public static final String FORM_ASYNC_PATH = "/v1beta1/upload-form-async";

  /** Health endpoint (no client certificate needed; kubelet's probe). */
  public static final String HEALTH_PATH = "/healthz";

  /** The upload server's HTTPS port (CDI's). */
  public static final int PORT = 8443;

  /** The upload server's plain-HTTP status port (metrics, progress, readyz): coexist. */
  public static final int STATUS_PORT = 8444;

  /** The HTTPS port (coexist). */
  public static final String ENV_PORT = "UPLOAD_SERVER_PORT";

  /** The address to bind (coexist), default {@code 0.0.0.0}. */
  public static final String ENV_BIND = "UPLOAD_SERVER_BIND";

  /**
   * The directory holding {@value #TLS_CERT}, {@value #TLS_KEY} (PKCS#8 PEM) and {@value
   * #CLIENT_CA} (coexist).
   */
  public static final String ENV_CERT_DIR = "UPLOAD_SERVER_CERT_DIR";

  /** The CN the upload proxy's client certificate must have (coexist; CDI's CLIENT_NAME). */
  public static final String ENV_CLIENT_NAME = "UPLOAD_CLIENT_NAME";

  /** Default mount of the upload server's certificate Secret. */
  public static final String CERT_DIR = "/etc/coexist/upload-server";

  /** The serving certificate (PEM) in the certificate directory. */
  public static final String TLS_CERT = "tls.crt";

  /** The serving key (PKCS#8 PEM) in the certificate directory. */
  public static final String TLS_KEY = "tls.key";

  /** The CA that signs the upload proxy's client certificate. */
  public static final String CLIENT_CA = "ca.crt";

  /** The proxy's client certificate CN by default. */
  public static final String DEFAULT_CLIENT_NAME = "coexist-subresources";

  /** PVC annotation: the upload (or import) pod's phase; virtctl waits for {@code Succeeded}. */
  public static final String ANNOTATION_POD_PHASE = "cdi.kubevirt.io/storage.pod.phase";

  /** PVC annotation: {@code true} while the upload server pod is ready to receive. */
  public static final String ANNOTATION_POD_READY = "cdi.kubevirt.io/storage.pod.ready";

  /** PVC annotation: the PVC is an upload target. */
  public static final String ANNOTATION_UPLOAD_TARGET = "cdi.kubevirt.io/storage.upload.target";
}
