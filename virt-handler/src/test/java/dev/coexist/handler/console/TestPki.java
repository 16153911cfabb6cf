package dev.coexist.handler.console;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test certificates (EC P-256) shaped like the operator's: a CA, the handler's serving certificate
 * and the subresource server's client certificate.
 */
final class TestPki {
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A certificate with its key.
   *
   * @param cert the certificate
   * @param key its private key
   * @param certPem PEM
   * @param keyPem PKCS#8 PEM
   */
  record Pair(X509Certificate cert, PrivateKey key, String certPem, String keyPem) {}

  final Pair ca;

  private TestPki(Pair ca) {
    this.ca = ca;
  }

  /** A new CA. */
  static TestPki newCa(String cn) {
    KeyPair kp = newKey();
    return new TestPki(sign(cn, kp, cn, kp.getPrivate(), true, null));
  }

  /** A server certificate. */
  Pair server(String cn) {
    return sign(cn, newKey(), subjectOf(ca), ca.key(), false, KeyPurposeId.id_kp_serverAuth);
  }

  /** A client certificate. */
  Pair client(String cn) {
    return sign(cn, newKey(), subjectOf(ca), ca.key(), false, KeyPurposeId.id_kp_clientAuth);
  }

  /** Writes ca.crt, tls.crt, tls.key for the handler as a mounted Secret would. */
  void writeHandlerSecret(Path dir, Pair serving) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(TlsMaterial.CA), ca.certPem());
      Files.writeString(dir.resolve(TlsMaterial.CERT), serving.certPem());
      Files.writeString(dir.resolve(TlsMaterial.KEY), serving.keyPem());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The handler's material. */
  TlsMaterial material(Pair serving) {
    return new TlsMaterial(ca.certPem(), serving.certPem(), serving.keyPem());
  }

  private static String subjectOf(Pair p) {
    return p.cert().getSubjectX500Principal().getName().replaceFirst("^CN=", "");
  }

  private static KeyPair newKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Pair sign(
      String cn,
      KeyPair kp,
      String issuerCn,
      PrivateKey issuerKey,
      boolean isCa,
      KeyPurposeId purpose) {
    Instant now = Instant.now();
    try {
      JcaX509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              new X500Name("CN=" + issuerCn),
              new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(Duration.ofDays(1))),
              new X500Name("CN=" + cn),
              kp.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
      if (purpose != null) {
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
      }
      X509Certificate cert =
          new JcaX509CertificateConverter()
              .getCertificate(
                  b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
      return new Pair(cert, kp.getPrivate(), pem(cert), keyPem(kp.getPrivate()));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("issuing a test certificate for " + cn, e);
    }
  }

  private static String keyPem(PrivateKey key) throws IOException {
    StringWriter sw = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
      w.writeObject(new JcaPKCS8Generator(key, null).generate());
    }
    return sw.toString();
  }

  private static String pem(Object o) throws IOException {
    StringWriter sw = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
      w.writeObject(o);
    }
    return sw.toString();
  }
}
