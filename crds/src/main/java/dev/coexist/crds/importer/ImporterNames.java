package dev.coexist.crds.importer;

/**
 * The contract between the DataVolume controller and the cdi-importer pod: environment variables,
 * mount paths, the metrics/progress port and paths, and the progress metric. CDI's names are kept
 * where CDI has one; names marked "coexist" are extensions.
 */
public final class ImporterNames {
  private ImporterNames() {}

  /** Pod label CDI puts on importer pods ({@code cdi.kubevirt.io: importer}). */
  public static final String POD_LABEL_KEY = "cdi.kubevirt.io";

  /** Value of {@link #POD_LABEL_KEY} on importer pods. */
  public static final String POD_LABEL_VALUE = "importer";

  /** Source kind: {@code http} (default), {@code blank}, {@code pvc} (host-assisted clone). */
  public static final String ENV_SOURCE = "IMPORTER_SOURCE";

  /** The URL to import (http/https). */
  public static final String ENV_ENDPOINT = "IMPORTER_ENDPOINT";

  /** {@code kubevirt} (disk image → disk.img, default) or {@code archive} (tar → files). */
  public static final String ENV_CONTENT_TYPE = "IMPORTER_CONTENTTYPE";

  /** Requested PVC size as a Kubernetes quantity ({@code 10Gi}); disk.img grows to fit it. */
  public static final String ENV_IMAGE_SIZE = "IMPORTER_IMAGE_SIZE";

  /** Fraction of a filesystem PVC reserved for the filesystem, e.g. {@code 0.06} (CDI's name). */
  public static final String ENV_FILESYSTEM_OVERHEAD = "FILESYSTEM_OVERHEAD";

  /** Basic-auth user name, from the secret's {@code accessKeyId} key (CDI's name). */
  public static final String ENV_ACCESS_KEY_ID = "IMPORTER_ACCESS_KEY_ID";

  /** Basic-auth password, from the secret's {@code secretKey} key (CDI's name). */
  public static final String ENV_SECRET_KEY = "IMPORTER_SECRET_KEY";

  /**
   * coexist: a mounted secret directory holding files {@code accessKeyId} and {@code secretKey}.
   */
  public static final String ENV_SECRET_DIR = "IMPORTER_SECRET_DIR";

  /** Directory of PEM CA certificates (the mounted certConfigMap), CDI's name. */
  public static final String ENV_CERT_DIR = "IMPORTER_CERT_DIR";

  /** {@code true}: skip TLS verification ({@code spec.source.http.insecureSkipVerify}). */
  public static final String ENV_INSECURE_TLS = "INSECURE_TLS";

  /**
   * Prefix of extra request headers, one per variable: {@code IMPORTER_EXTRA_HEADER_0="X-A: b"}
   * (CDI's names for {@code spec.source.http.extraHeaders}).
   */
  public static final String ENV_EXTRA_HEADER_PREFIX = "IMPORTER_EXTRA_HEADER_";

  /** coexist: extra headers, newline-separated {@code Name: value} lines. */
  public static final String ENV_EXTRA_HEADERS = "IMPORTER_EXTRA_HEADERS";

  /**
   * coexist: a directory of mounted secrets ({@code secretExtraHeaders}); every regular file in it
   * (recursively) holds one {@code Name: value} header.
   */
  public static final String ENV_SECRET_EXTRA_HEADERS_DIR = "IMPORTER_SECRET_EXTRA_HEADERS_DIR";

  /** coexist: {@code sha256:<hex>} (or sha512/sha1/md5) verified over the downloaded bytes. */
  public static final String ENV_CHECKSUM = "IMPORTER_CHECKSUM";

  /** Owner (DataVolume) UID, the {@code ownerUID} label of the progress metric (CDI's name). */
  public static final String ENV_OWNER_UID = "OWNER_UID";

  /** coexist: target directory (default {@link #DATA_DIR}); disk.img is written in it. */
  public static final String ENV_DATA_DIR = "IMPORTER_DATA_DIR";

  /** coexist: scratch directory for non-raw images (default: the data directory). */
  public static final String ENV_SCRATCH_DIR = "IMPORTER_SCRATCH_DIR";

  /** coexist: source directory of a host-assisted PVC clone (default {@link #CLONE_SOURCE_DIR}). */
  public static final String ENV_CLONE_SOURCE_DIR = "IMPORTER_CLONE_SOURCE_DIR";

  /** coexist: termination-message path (default {@link #TERMINATION_LOG}). */
  public static final String ENV_TERMINATION_LOG = "IMPORTER_TERMINATION_LOG";

  /** coexist: when set, progress JSON ({@link ImportProgress}) is also written to this file. */
  public static final String ENV_PROGRESS_FILE = "IMPORTER_PROGRESS_FILE";

  /** coexist: metrics/health/progress port (default {@link #METRICS_PORT}; 0 disables it). */
  public static final String ENV_METRICS_PORT = "IMPORTER_METRICS_PORT";

  /** coexist: download attempts before TransferFailed (default 5). */
  public static final String ENV_RETRIES = "IMPORTER_RETRIES";

  /** Where the target PVC is mounted (Filesystem mode), as in CDI. */
  public static final String DATA_DIR = "/data";

  /** Where a clone's source PVC is mounted (read-only). */
  public static final String CLONE_SOURCE_DIR = "/source";

  /** Where the scratch PVC is mounted when the controller gives one, as in CDI. */
  public static final String SCRATCH_DIR = "/scratch";

  /** Where the certConfigMap is mounted, as in CDI. */
  public static final String CERT_DIR = "/certs";

  /** The image file inside the target directory. */
  public static final String DISK_IMAGE = "disk.img";

  /** Default termination-message path. */
  public static final String TERMINATION_LOG = "/dev/termination-log";

  /** Default metrics port, as CDI's importer (plain HTTP here, not HTTPS). */
  public static final int METRICS_PORT = 8443;

  /** Prometheus text exposition. */
  public static final String METRICS_PATH = "/metrics";

  /** {@link ImportProgress} as JSON. */
  public static final String PROGRESS_PATH = "/progress";

  /** Liveness: 200 while the process is serving. */
  public static final String HEALTH_PATH = "/healthz";

  /** Readiness: 200 once the import has started. */
  public static final String READY_PATH = "/readyz";

  /** CDI's progress metric: a counter whose value is the percentage, label {@code ownerUID}. */
  public static final String PROGRESS_METRIC = "kubevirt_cdi_import_progress_total";

  /** The label of {@link #PROGRESS_METRIC}. */
  public static final String PROGRESS_METRIC_LABEL = "ownerUID";

  /** The default filesystem overhead CDI applies to Filesystem-mode PVCs. */
  public static final String DEFAULT_FILESYSTEM_OVERHEAD = "0.06";
}
