package dev.coexist.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** TLS contexts for the HTTP source: the JDK's CAs plus a mounted CA directory, or insecure. */
public final class TlsContexts {
  private TlsContexts() {}

  /**
   * Trusts the JDK's default CAs and every PEM certificate in the files of {@code certDir} (the
   * mounted certConfigMap, as CDI's IMPORTER_CERT_DIR).
   */
  public static SSLContext trusting(Path certDir) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    TrustManagerFactory defaults =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    defaults.init((KeyStore) null);
    int n = 0;
    for (TrustManager tm : defaults.getTrustManagers()) {
      if (tm instanceof X509TrustManager x509) {
        for (X509Certificate ca : x509.getAcceptedIssuers()) {
          store.setCertificateEntry("default-" + n++, ca);
        }
      }
    }
    List<Certificate> custom = readCertificates(certDir);
    if (custom.isEmpty()) {
      throw new GeneralSecurityException("no PEM certificate found in " + certDir);
    }
    for (Certificate c : custom) {
      store.setCertificateEntry("custom-" + n++, c);
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  /** Trusts any certificate (spec.source.http.insecureSkipVerify). */
  public static SSLContext insecure() throws GeneralSecurityException {
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, new TrustManager[] {new TrustAll()}, null);
    return ctx;
  }

  private static List<Certificate> readCertificates(Path dir)
      throws IOException, GeneralSecurityException {
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    List<Certificate> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      // ConfigMap mounts hold ..data symlinks; regular files (or links to them) only, sorted.
      files = s.filter(p -> !p.getFileName().toString().startsWith("..")).sorted().toList();
    }
    for (Path f : files) {
      if (Files.isRegularFile(f)) {
        try (InputStream in = Files.newInputStream(f)) {
          out.addAll(cf.generateCertificates(in));
        }
      }
    }
    return out;
  }

  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // insecureSkipVerify: the user asked for no verification
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // insecureSkipVerify: the user asked for no verification
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
