package dev.coexist.operator.subresources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateStoreTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  final CertificateStore.Pki pki =
      CertificateStore.issue(
          Certificates.newCa("ca", T0, CertificateStore.CA_VALIDITY), List.of("svc"), T0);

  @Test
  void freshCertificatesAreKept() {
    assertThat(CertificateStore.renewal(pki, T0)).isEqualTo(CertificateStore.Renewal.KEEP);
    assertThat(CertificateStore.renewal(pki, T0.plus(Duration.ofDays(59))))
        .isEqualTo(CertificateStore.Renewal.KEEP);
  }

  @Test
  void leavesInTheirLastThirdAreRenewedFromTheSameCa() {
    Instant later = T0.plus(Duration.ofDays(61));
    assertThat(CertificateStore.renewal(pki, later)).isEqualTo(CertificateStore.Renewal.LEAVES);
    CertificateStore.Pki next = CertificateStore.issue(pki.ca(), List.of("svc"), later);
    assertThat(next.ca()).isEqualTo(pki.ca());
    assertThat(next.serving()).isNotEqualTo(pki.serving());
    assertThat(CertificateStore.renewal(next, later)).isEqualTo(CertificateStore.Renewal.KEEP);
  }

  @Test
  void aCaInItsLastLeafThirdIsReplacedWithEverything() {
    Instant late = T0.plus(CertificateStore.CA_VALIDITY).minus(Duration.ofDays(20));
    CertificateStore.Pki renewedLeaves = CertificateStore.issue(pki.ca(), List.of("svc"), late);
    assertThat(CertificateStore.renewal(renewedLeaves, late))
        .isEqualTo(CertificateStore.Renewal.ALL);
  }
}
