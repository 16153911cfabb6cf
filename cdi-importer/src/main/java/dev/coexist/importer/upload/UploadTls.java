package dev.coexist.importer.upload;

import dev.coexist.crds.importer.UploadNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The upload server's TLS: its serving certificate and PKCS#8 key, and the CA whose client
 * certificates (the upload proxy's) it trusts, all PEM files in one directory (the mounted Secret).
 */
public final class UploadTls {
  private static final char[] NO_PASSWORD = new char[0];

  private UploadTls() {}

  /** Builds the server context from {@code dir}. */
  public static SSLContext serverContext(Path dir) throws IOException, GeneralSecurityException {
    List<X509Certificate> chain = certificates(dir.resolve(UploadNames.TLS_CERT));
    PrivateKey key = pkcs8Key(dir.resolve(UploadNames.TLS_KEY));
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    keys.setKeyEntry("upload-server", key, NO_PASSWORD, chain.toArray(new Certificate[0]));
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, NO_PASSWORD);
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    int n = 0;
    for (X509Certificate ca : certificates(dir.resolve(UploadNames.CLIENT_CA))) {
      trust.setCertificateEntry("client-ca-" + n++, ca);
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return ctx;
  }

  public static List<X509Certificate> certificates(Path file)
      throws IOException, GeneralSecurityException {
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    Collection<? extends Certificate> all;
    try (InputStream in = Files.newInputStream(file)) {
      all = cf.generateCertificates(in);
    }
    List<X509Certificate> out = new ArrayList<>();
    for (Certificate c : all) {
      out.add((X509Certificate) c);
    }
    if (out.isEmpty()) {
      throw new GeneralSecurityException("no PEM certificate in " + file);
    }
    return out;
  }

  /** A PKCS#8 PEM key ({@code BEGIN PRIVATE KEY}), EC or RSA. */
  public static PrivateKey pkcs8Key(Path file) throws IOException, GeneralSecurityException {
    String pem = Files.readString(file, StandardCharsets.US_ASCII);
    String begin = "-----BEGIN PRIVATE KEY-----";
    int start = pem.indexOf(begin);
    int end = pem.indexOf("-----END PRIVATE KEY-----");
    if (start < 0 || end < start) {
      throw new GeneralSecurityException(
          file + ": expected a PKCS#8 PEM key (-----BEGIN PRIVATE KEY-----)");
    }
    byte[] der = Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), end).strip());
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    GeneralSecurityException last = null;
    for (String algorithm : List.of("EC", "RSA")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (GeneralSecurityException e) {
        last = e;
      }
    }
    throw new GeneralSecurityException(file + ": not an EC or RSA PKCS#8 key", last);
  }
}
