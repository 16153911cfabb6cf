package dev.coexist.operator.subresources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed CA and the certificates it issues (EC P-256, SHA-256), as PEM. Used for the
 * subresource server's serving certificate (the APIService's caBundle is the CA) and for the mutual
 * TLS between this server and virt-handler's console server. No I/O.
 */
public final class Certificates {
  /**
   * A certificate and its private key, PEM-encoded.
   *
   * @param certPem the certificate ({@code CERTIFICATE})
   * @param keyPem the key (PKCS#8 {@code PRIVATE KEY})
   */
  public record Pair(String certPem, String keyPem) {}

  /** What a certificate is for. */
  public enum Usage {
    /** TLS server. */
    SERVER,
    /** TLS client. */
    CLIENT,
    /** Both. */
    SERVER_AND_CLIENT
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private Certificates() {}

  /** A new self-signed CA. */
  public static Pair newCa(String commonName, Instant now, Duration validity) {
    KeyPair kp = newKey();
    X500Name subject = new X500Name("CN=" + commonName);
    try {
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              subject,
              serial(),
              Date.from(now.minusSeconds(60)),
              Date.from(now.plus(validity)),
              subject,
              kp.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      b.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return new Pair(pem(sign(b, kp.getPrivate())), pem(kp.getPrivate()));
    } catch (IOException e) {
      throw new UncheckedIOException("building CA " + commonName, e);
    }
  }

  /**
   * A certificate issued by this CA.
   *
   * @param sans DNS names and IP addresses (an entry parsing as an IPv4/IPv6 literal is an IP)
   */
  public static Pair issue(
      Pair ca, String commonName, List<String> sans, Usage usage, Instant now, Duration validity) {
    KeyPair kp = newKey();
    X509Certificate caCert = parseCertificates(ca.certPem()).get(0);
    PrivateKey caKey = parseKey(ca.keyPem());
    try {
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              caCert,
              serial(),
              Date.from(now.minusSeconds(60)),
              Date.from(now.plus(validity)),
              new X500Name("CN=" + commonName),
              kp.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      b.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes(usage)));
      if (!sans.isEmpty()) {
        List<GeneralName> names = new ArrayList<>();
        for (String s : sans) {
          names.add(new GeneralName(isIp(s) ? GeneralName.iPAddress : GeneralName.dNSName, s));
        }
        b.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(names.toArray(new GeneralName[0])));
      }
      return new Pair(pem(sign(b, caKey)), pem(kp.getPrivate()));
    } catch (IOException e) {
      throw new UncheckedIOException("issuing " + commonName, e);
    }
  }

  private static KeyPurposeId[] purposes(Usage usage) {
    switch (usage) {
      case SERVER:
        return new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth};
      case CLIENT:
        return new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth};
      default:
        return new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth};
    }
  }

  /** Parses every certificate of a PEM bundle. */
  public static List<X509Certificate> parseCertificates(String pem) {
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      Collection<? extends Certificate> certs =
          cf.generateCertificates(
              new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      List<X509Certificate> out = new ArrayList<>();
      for (Certificate c : certs) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("no certificate in PEM");
      }
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a PEM certificate bundle: " + e.getMessage(), e);
    }
  }

  /** Parses a PEM private key (PKCS#8, or SEC1/PKCS#1 key pairs). */
  public static PrivateKey parseKey(String pem) {
    try (PEMParser p = new PEMParser(new StringReader(pem))) {
      Object o = p.readObject();
      JcaPEMKeyConverter conv = new JcaPEMKeyConverter();
      if (o instanceof PEMKeyPair) {
        return conv.getKeyPair((PEMKeyPair) o).getPrivate();
      }
      if (o instanceof PrivateKeyInfo) {
        return conv.getPrivateKey((PrivateKeyInfo) o);
      }
      throw new IllegalArgumentException(
          "not a PEM private key: " + (o == null ? "empty" : o.getClass().getSimpleName()));
    } catch (IOException e) {
      throw new IllegalArgumentException("not a PEM private key: " + e.getMessage(), e);
    }
  }

  /** Whether a PEM certificate is still valid at {@code when}. */
  public static boolean validAt(String certPem, Instant when) {
    X509Certificate c = parseCertificates(certPem).get(0);
    return c.getNotAfter().toInstant().isAfter(when) && c.getNotBefore().toInstant().isBefore(when);
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key) {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    } catch (OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException("signing a certificate", e);
    }
  }

  private static KeyPair newKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("EC P-256 is not available in this JDK", e);
    }
  }

  private static BigInteger serial() {
    return new BigInteger(127, RANDOM);
  }

  private static boolean isIp(String s) {
    return s.matches("[0-9.]+") || s.contains(":");
  }

  private static String pem(Object o) throws IOException {
    StringWriter w = new StringWriter();
    try (JcaPEMWriter pw = new JcaPEMWriter(w)) {
      if (o instanceof PrivateKey) {
        pw.writeObject(new JcaPKCS8Generator((PrivateKey) o, null));
      } else {
        pw.writeObject(o);
      }
    }
    return w.toString();
  }
}
