package dev.coexist.operator.subresources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CA, the issued certificates and the Secret virt-handler mounts. */
class CertificatesTest {
  static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  @Test
  void issuedCertificatesChainToTheCaAndNameTheService() throws Exception {
    Certificates.Pair ca = Certificates.newCa("ca", NOW, Duration.ofDays(365));
    CertificateStore.Pki pki =
        CertificateStore.issue(ca, List.of("coexist-subresources.coexist.svc", "10.88.0.1"), NOW);
    X509Certificate caCert = Certificates.parseCertificates(ca.certPem()).get(0);
    X509Certificate serving = Certificates.parseCertificates(pki.serving().certPem()).get(0);
    serving.verify(caCert.getPublicKey());
    List<Object> sans = new ArrayList<>();
    for (List<?> san : serving.getSubjectAlternativeNames()) {
      sans.add(san.get(1));
    }
    assertThat(sans).containsExactly("coexist-subresources.coexist.svc", "10.88.0.1");
    assertThat(serving.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    X509Certificate client = Certificates.parseCertificates(pki.client().certPem()).get(0);
    client.verify(caCert.getPublicKey());
    assertThat(FrontProxyAuthenticator.commonName(client)).contains(CertificateStore.CLIENT_CN);
    assertThat(Certificates.parseKey(pki.client().keyPem()).getAlgorithm()).isEqualTo("EC");
    assertThat(Certificates.validAt(pki.serving().certPem(), NOW.plus(Duration.ofDays(89))))
        .isTrue();
    assertThat(Certificates.validAt(pki.serving().certPem(), NOW.plus(Duration.ofDays(91))))
        .isFalse();
  }

  @Test
  void handlerSecretCarriesNoCaKey() {
    Certificates.Pair ca = Certificates.newCa("ca", NOW, Duration.ofDays(365));
    CertificateStore.Pki pki = CertificateStore.issue(ca, List.of(), NOW);
    var s = CertificateStore.handlerSecret("coexist", pki);
    assertThat(s.getData()).containsOnlyKeys("ca.crt", "tls.crt", "tls.key");
    String crt = new String(Base64.getDecoder().decode(s.getData().get("tls.crt")));
    assertThat(FrontProxyAuthenticator.commonName(Certificates.parseCertificates(crt).get(0)))
        .contains(CertificateStore.HANDLER_CN);
  }

  @Test
  void garbageIsRejectedWithAClearError() {
    assertThatThrownBy(() -> Certificates.parseCertificates("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PEM");
    assertThatThrownBy(() -> Certificates.parseKey("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("private key");
  }
}
