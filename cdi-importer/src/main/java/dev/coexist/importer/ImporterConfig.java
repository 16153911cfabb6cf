package dev.coexist.importer;

import dev.coexist.crds.importer.ImporterNames;
import dev.coexist.importer.format.Checksum;
import dev.coexist.importer.format.DiskSize;
import dev.coexist.importer.process.ImportJob;
import dev.coexist.importer.source.HttpSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The importer's whole configuration, parsed once in {@link Main} from the environment (in a pod)
 * or from the environment overlaid with command-line flags (standalone).
 *
 * @param mode pod or standalone
 * @param source where the bytes come from
 * @param endpoint the URL (http source)
 * @param contentType kubevirt (disk image) or archive
 * @param requestedSize the requested volume size in bytes
 * @param filesystemOverhead fraction reserved for the filesystem (0.06 on Filesystem PVCs)
 * @param target the disk.img path, or the target directory for an archive
 * @param scratchDir where non-raw images are staged
 * @param cloneSource the disk.img of the PVC to clone (pvc source)
 * @param credentials basic-auth credentials
 * @param headers extra request headers
 * @param certDir a directory of PEM CA certificates
 * @param insecureTls skip TLS verification
 * @param checksum the expected digest of the downloaded bytes
 * @param ownerUid the DataVolume UID (metric label)
 * @param terminationLog where the termination message goes
 * @param progressFile where progress JSON is also written
 * @param metricsAddress bind address of the status endpoint
 * @param metricsPort its port (0: disabled)
 * @param attempts download attempts
 */
public record ImporterConfig(
    Mode mode,
    SourceKind source,
    Optional<URI> endpoint,
    ImportJob.ContentType contentType,
    OptionalLong requestedSize,
    BigDecimal filesystemOverhead,
    Path target,
    Path scratchDir,
    Path cloneSource,
    Optional<HttpSettings.Credentials> credentials,
    List<HttpSettings.Header> headers,
    Optional<Path> certDir,
    boolean insecureTls,
    Optional<Checksum> checksum,
    String ownerUid,
    Optional<Path> terminationLog,
    Optional<Path> progressFile,
    String metricsAddress,
    int metricsPort,
    int attempts) {

  /** coexist, standalone: the target file ({@code make import DEST=}). */
  public static final String DEST = "IMPORTER_DEST";

  /** In a pod (environment only) or standalone ({@code cdi-importer import --url … --dest …}). */
  public enum Mode {
    POD,
    STANDALONE
  }

  /** IMPORTER_SOURCE. */
  public enum SourceKind {
    HTTP,
    BLANK,
    PVC,
    /** The body of an upload ({@code cdi-importer upload-server}). */
    UPLOAD
  }

  /** The usable size of disk.img: requested size minus filesystem overhead. */
  public OptionalLong usableSize() {
    return requestedSize.isPresent()
        ? OptionalLong.of(DiskSize.usable(requestedSize.getAsLong(), filesystemOverhead))
        : OptionalLong.empty();
  }

  /** What the processor does. */
  public ImportJob job() {
    return new ImportJob(
        source == SourceKind.BLANK ? ImportJob.Kind.BLANK : ImportJob.Kind.SOURCE,
        contentType,
        target,
        scratchDir,
        usableSize(),
        checksum,
        attempts);
  }

  @Override
  public String toString() {
    return "ImporterConfig[mode="
        + mode
        + ", source="
        + source
        + ", endpoint="
        + endpoint.map(u -> u.getScheme() + "://" + u.getHost() + u.getRawPath()).orElse("-")
        + ", contentType="
        + contentType
        + ", size="
        + requestedSize
        + ", target="
        + target
        + "]";
  }

  /**
   * Parses and validates the settings (environment variable names as keys).
   *
   * @throws IllegalArgumentException with a message naming the variable at fault
   */
  public static ImporterConfig parse(Mode mode, Map<String, String> settings) {
    Settings s = new Settings(settings);
    boolean pod = mode == Mode.POD;
    SourceKind source = sourceKind(s.get(ImporterNames.ENV_SOURCE).orElse("http"));
    ImportJob.ContentType contentType =
        contentType(s.get(ImporterNames.ENV_CONTENT_TYPE).orElse("kubevirt"));
    Optional<URI> endpoint =
        s.get(ImporterNames.ENV_ENDPOINT).map(v -> url(ImporterNames.ENV_ENDPOINT, v));
    if (source == SourceKind.HTTP && endpoint.isEmpty()) {
      throw new IllegalArgumentException(
          ImporterNames.ENV_ENDPOINT + ": required for an http import (--url)");
    }
    OptionalLong size =
        s.get(ImporterNames.ENV_IMAGE_SIZE)
            .map(v -> OptionalLong.of(DiskSize.parseQuantity(ImporterNames.ENV_IMAGE_SIZE, v)))
            .orElse(OptionalLong.empty());
    if (source == SourceKind.BLANK && size.isEmpty()) {
      throw new IllegalArgumentException(
          ImporterNames.ENV_IMAGE_SIZE + ": required for a blank disk (--size)");
    }
    BigDecimal overhead =
        DiskSize.parseOverhead(
            ImporterNames.ENV_FILESYSTEM_OVERHEAD,
            s.get(ImporterNames.ENV_FILESYSTEM_OVERHEAD)
                .orElse(pod ? ImporterNames.DEFAULT_FILESYSTEM_OVERHEAD : "0"));
    Path dataDir = Path.of(s.get(ImporterNames.ENV_DATA_DIR).orElse(ImporterNames.DATA_DIR));
    Path target = target(s, pod, contentType, dataDir);
    Path scratch =
        s.get(ImporterNames.ENV_SCRATCH_DIR)
            .map(Path::of)
            .orElse(target.toAbsolutePath().getParent());
    if (contentType == ImportJob.ContentType.ARCHIVE) {
      scratch = target;
    }
    return new ImporterConfig(
        mode,
        source,
        endpoint,
        contentType,
        size,
        overhead,
        target,
        scratch,
        cloneSource(
            s.get(ImporterNames.ENV_CLONE_SOURCE_DIR).orElse(ImporterNames.CLONE_SOURCE_DIR)),
        credentials(s),
        headers(s),
        s.get(ImporterNames.ENV_CERT_DIR).map(Path::of),
        s.bool(ImporterNames.ENV_INSECURE_TLS),
        s.get(ImporterNames.ENV_CHECKSUM).map(v -> Checksum.parse(ImporterNames.ENV_CHECKSUM, v)),
        s.get(ImporterNames.ENV_OWNER_UID).orElse(""),
        s.get(ImporterNames.ENV_TERMINATION_LOG)
            .or(() -> pod ? Optional.of(ImporterNames.TERMINATION_LOG) : Optional.empty())
            .filter(v -> !v.isEmpty())
            .map(Path::of),
        s.get(ImporterNames.ENV_PROGRESS_FILE).map(Path::of),
        pod ? "0.0.0.0" : "127.0.0.1",
        s.integer(ImporterNames.ENV_METRICS_PORT, pod ? ImporterNames.METRICS_PORT : 0, 0, 65535),
        s.integer(ImporterNames.ENV_RETRIES, 5, 1, 100));
  }

  private static Path target(
      Settings s, boolean pod, ImportJob.ContentType contentType, Path dataDir) {
    Optional<String> dest = s.get(DEST);
    if (!pod && dest.isEmpty()) {
      throw new IllegalArgumentException(
          "--dest: required (the file to write, or a directory for an archive)");
    }
    Path p =
        dest.map(Path::of)
            .orElse(
                contentType == ImportJob.ContentType.ARCHIVE
                    ? dataDir
                    : dataDir.resolve(ImporterNames.DISK_IMAGE));
    if (contentType == ImportJob.ContentType.KUBEVIRT && Files.isDirectory(p)) {
      p = p.resolve(ImporterNames.DISK_IMAGE);
    }
    return p;
  }

  private static Path cloneSource(String value) {
    Path p = Path.of(value);
    return Files.isDirectory(p) ? p.resolve(ImporterNames.DISK_IMAGE) : p;
  }

  private static SourceKind sourceKind(String v) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "http":
      case "":
        return SourceKind.HTTP;
      case "blank":
      case "none":
        return SourceKind.BLANK;
      case "pvc":
      case "clone":
        return SourceKind.PVC;
      case "upload":
        return SourceKind.UPLOAD;
      default:
        throw new IllegalArgumentException(
            ImporterNames.ENV_SOURCE + ": '" + v + "' is not supported (http, blank, pvc, upload)");
    }
  }

  private static ImportJob.ContentType contentType(String v) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "kubevirt":
      case "":
        return ImportJob.ContentType.KUBEVIRT;
      case "archive":
        return ImportJob.ContentType.ARCHIVE;
      default:
        throw new IllegalArgumentException(
            ImporterNames.ENV_CONTENT_TYPE
                + ": '"
                + v
                + "' is not a content type (kubevirt, archive)");
    }
  }

  private static URI url(String field, String v) {
    try {
      URI u = new URI(v.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        throw new IllegalArgumentException(field + ": '" + v + "' is not an http(s) URL");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(field + ": '" + v + "' is not a URL: " + e.getReason(), e);
    }
  }

  private static Optional<HttpSettings.Credentials> credentials(Settings s) {
    Optional<String> user = s.get(ImporterNames.ENV_ACCESS_KEY_ID);
    Optional<String> password = s.get(ImporterNames.ENV_SECRET_KEY);
    Optional<Path> dir = s.get(ImporterNames.ENV_SECRET_DIR).map(Path::of);
    if (dir.isPresent()) {
      user =
          Optional.of(readSecret(dir.get().resolve("accessKeyId"), ImporterNames.ENV_SECRET_DIR));
      password =
          Optional.of(readSecret(dir.get().resolve("secretKey"), ImporterNames.ENV_SECRET_DIR));
    }
    if (user.isPresent() != password.isPresent()) {
      throw new IllegalArgumentException(
          ImporterNames.ENV_ACCESS_KEY_ID
              + "/"
              + ImporterNames.ENV_SECRET_KEY
              + ": set both (the secret's accessKeyId and secretKey) or neither");
    }
    if (user.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HttpSettings.Credentials(user.get(), password.get()));
  }

  private static String readSecret(Path file, String field) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          field + ": cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<HttpSettings.Header> headers(Settings s) {
    List<HttpSettings.Header> out = new ArrayList<>();
    new TreeMap<>(s.withPrefix(ImporterNames.ENV_EXTRA_HEADER_PREFIX))
        .forEach((k, v) -> out.add(HttpSettings.Header.parse(k, v)));
    s.get(ImporterNames.ENV_EXTRA_HEADERS)
        .ifPresent(
            v ->
                v.lines()
                    .filter(l -> !l.isBlank())
                    .forEach(
                        l ->
                            out.add(
                                HttpSettings.Header.parse(ImporterNames.ENV_EXTRA_HEADERS, l))));
    s.get(ImporterNames.ENV_SECRET_EXTRA_HEADERS_DIR)
        .map(Path::of)
        .ifPresent(d -> out.addAll(secretHeaders(d)));
    return List.copyOf(out);
  }

  private static List<HttpSettings.Header> secretHeaders(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> Files.isRegularFile(p) && !p.toString().contains("/.."))
          .sorted()
          .map(
              p ->
                  HttpSettings.Header.parse(
                      ImporterNames.ENV_SECRET_EXTRA_HEADERS_DIR + " " + p.getFileName(),
                      readSecret(p, ImporterNames.ENV_SECRET_EXTRA_HEADERS_DIR)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + dir, e);
    }
  }

  /** Settings lookup; blank values count as unset. */
  private record Settings(Map<String, String> values) {
    Optional<String> get(String key) {
      return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    boolean bool(String key) {
      String v = get(key).orElse("false").toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw new IllegalArgumentException(key + ": expected true or false, got '" + v + "'");
      }
      return v.equals("true");
    }

    int integer(String key, int dflt, int min, int max) {
      Optional<String> v = get(key);
      if (v.isEmpty()) {
        return dflt;
      }
      try {
        int i = Integer.parseInt(v.get());
        if (i < min || i > max) {
          throw new IllegalArgumentException(
              key + ": must be in [" + min + ", " + max + "], got " + i);
        }
        return i;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + ": '" + v.get() + "' is not a number", e);
      }
    }

    Map<String, String> withPrefix(String prefix) {
      Map<String, String> out = new TreeMap<>();
      values.forEach(
          (k, v) -> {
            if (k.startsWith(prefix) && v != null && !v.isBlank()) {
              out.put(k, v);
            }
          });
      return out;
    }
  }
}
