package dev.coexist.importer.source;

import dev.coexist.crds.importer.ImportReason;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLHandshakeException;

/**
 * An HTTP(S) URL as a source. No HEAD request is needed: length and range support come from the GET
 * response, so servers without HEAD work; a resume asks for {@code Range: bytes=<offset>-}.
 */
public final class HttpImageSource implements ImageSource {
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

  private final URI url;
  private final HttpSettings settings;

  public HttpImageSource(URI url, HttpSettings settings) {
    this.url = url;
    this.settings = settings;
  }

  @Override
  public String describe() {
    return redacted(url);
  }

  /** The URL without user-info or query (which may carry credentials). */
  static String redacted(URI u) {
    String port = u.getPort() < 0 ? "" : ":" + u.getPort();
    return u.getScheme()
        + "://"
        + u.getHost()
        + port
        + (u.getRawPath() == null ? "" : u.getRawPath());
  }

  @Override
  public Opened open(long offset) throws IOException {
    if (PlainHttp.eligible(url, settings)) {
      Optional<Opened> fast = openPlain(offset);
      if (fast.isPresent()) {
        return fast.get();
      }
    }
    HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
    configure(c, offset);
    int code;
    try {
      code = c.getResponseCode();
    } catch (SSLHandshakeException e) {
      c.disconnect();
      throw untrusted(e);
    } catch (IOException e) {
      c.disconnect();
      throw e;
    }
    if (code == HttpURLConnection.HTTP_OK || code == HttpURLConnection.HTTP_PARTIAL) {
      return opened(c, code);
    }
    c.disconnect();
    throw failure(code, c.getResponseMessage());
  }

  /**
   * The fast path ({@link PlainHttp}); empty when the answer needs HttpURLConnection (a redirect, a
   * chunked or encoded body), which then asks again.
   */
  private Optional<Opened> openPlain(long offset) throws IOException {
    PlainHttp.Response r = new PlainHttp(url, settings).exchange(offset, authorization());
    int code = r.code();
    long length = r.plainLength();
    if ((code == HttpURLConnection.HTTP_OK || code == HttpURLConnection.HTTP_PARTIAL)
        && length >= 0) {
      boolean ranges = acceptsRanges(r.header("accept-ranges").orElse(null));
      return Optional.of(
          opened(r.body(), code, length, ranges, r.header("content-range").orElse(null)));
    }
    r.body().close();
    if (code < HttpURLConnection.HTTP_BAD_REQUEST) {
      return Optional.empty(); // 1xx, 2xx without a plain length, 3xx: HttpURLConnection's job
    }
    throw failure(code, r.reason());
  }

  private String authorization() {
    return settings
        .credentials()
        .map(
            cr ->
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (cr.user() + ":" + cr.password()).getBytes(StandardCharsets.UTF_8)))
        .orElse(null);
  }

  private void configure(HttpURLConnection c, long offset) {
    c.setInstanceFollowRedirects(true);
    c.setConnectTimeout((int) settings.connectTimeout().toMillis());
    c.setReadTimeout((int) settings.readTimeout().toMillis());
    c.setUseCaches(false);
    c.setRequestProperty("Accept-Encoding", "identity");
    c.setRequestProperty("User-Agent", "coexist-cdi-importer");
    String authorization = authorization();
    if (authorization != null) {
      c.setRequestProperty("Authorization", authorization);
    }
    for (HttpSettings.Header h : settings.headers()) {
      c.addRequestProperty(h.name(), h.value());
    }
    if (offset > 0) {
      c.setRequestProperty("Range", "bytes=" + offset + "-");
    }
    if (c instanceof HttpsURLConnection https) {
      settings.tls().ifPresent(ctx -> https.setSSLSocketFactory(ctx.getSocketFactory()));
      if (settings.insecure()) {
        https.setHostnameVerifier((host, session) -> true);
      }
    }
  }

  private Opened opened(HttpURLConnection c, int code) throws IOException {
    InputStream body = new DisconnectingStream(c.getInputStream(), c);
    boolean ranges = acceptsRanges(c.getHeaderField("Accept-Ranges"));
    return opened(body, code, c.getContentLengthLong(), ranges, c.getHeaderField("Content-Range"));
  }

  /** An {@code Accept-Ranges} header value (or null) that offers byte ranges. */
  private static boolean acceptsRanges(String acceptRanges) {
    return acceptRanges != null && acceptRanges.toLowerCase(Locale.ROOT).contains("bytes");
  }

  private Opened opened(
      InputStream body, int code, long length, boolean ranges, String contentRange)
      throws IOException {
    if (code == HttpURLConnection.HTTP_PARTIAL) {
      Matcher m = CONTENT_RANGE.matcher(String.valueOf(contentRange));
      if (!m.matches()) {
        body.close();
        throw new IOException("206 without a usable Content-Range from " + describe());
      }
      long start = Long.parseLong(m.group(1));
      OptionalLong total =
          "*".equals(m.group(3))
              ? OptionalLong.empty()
              : OptionalLong.of(Long.parseLong(m.group(3)));
      return new Opened(body, total, true, start);
    }
    return new Opened(body, length < 0 ? OptionalLong.empty() : OptionalLong.of(length), ranges, 0);
  }

  /**
   * A certificate the importer does not trust is not transient: fail at once with what to do,
   * instead of retrying and surfacing the JDK's PKIX wording.
   */
  private SourceException untrusted(SSLHandshakeException e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof CertificateException)) {
      cause = cause.getCause();
    }
    if (cause == null) {
      return new SourceException(
          ImportReason.TransferFailed,
          true,
          "TLS handshake with " + describe() + " failed: " + e.getMessage());
    }
    return new SourceException(
        ImportReason.TransferFailed,
        false,
        describe()
            + ": the server's TLS certificate is not trusted ("
            + cause.getMessage()
            + "); put its CA certificate in a ConfigMap named by spec.source.http.certConfigMap,"
            + " or set spec.source.http.insecureSkipVerify");
  }

  private SourceException failure(int code, String statusText) {
    String status = code + (statusText == null ? "" : " " + statusText);
    if (code == 404 || code == 410) {
      return new SourceException(
          ImportReason.NotFound,
          false,
          describe() + " returned " + status + ": there is no image at this URL");
    }
    if (code == 401 || code == 403) {
      return new SourceException(
          ImportReason.Unauthorized,
          false,
          describe()
              + " returned "
              + status
              + ": the server refused the credentials"
              + (settings.credentials().isPresent()
                  ? " from the secret (accessKeyId/secretKey)"
                  : "; set spec.source.http.secretRef"));
    }
    boolean retry = code == 408 || code == 429 || code >= 500;
    return new SourceException(
        ImportReason.TransferFailed, retry, describe() + " returned HTTP " + status);
  }

  /** Closing the body also drops the connection, so a cancelled download stops at once. */
  private static final class DisconnectingStream extends FilterInputStream {
    private final HttpURLConnection connection;

    DisconnectingStream(InputStream in, HttpURLConnection connection) {
      super(in);
      this.connection = connection;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }

    @Override
    public void close() {
      connection.disconnect();
    }
  }
}
