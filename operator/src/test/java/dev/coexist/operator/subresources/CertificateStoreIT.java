package dev.coexist.operator.subresources;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The PKI Secret on the real API server: creation races, leaf renewal keeps the CA. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateStoreIT {
  static final List<String> SANS = List.of("coexist-subresources.ns.svc");
  KubernetesClient client;
  String ns;

  @BeforeAll
  void connect() throws Exception {
    client = SubresourcesClusterIT.client(SubresourcesClusterIT.kubeconfig(), null);
    ns = "t-certs-" + UUID.randomUUID().toString().substring(0, 8);
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
        .create();
  }

  @AfterAll
  void cleanup() {
    if (client != null) {
      client.namespaces().withName(ns).delete();
      client.close();
    }
  }

  static Clock at(Instant t) {
    return Clock.fixed(t, ZoneOffset.UTC);
  }

  @Test
  void replicasStartingTogetherShareOnePki() {
    Instant now = Instant.now();
    List<CompletableFuture<CertificateStore.Pki>> starts =
        List.of(1, 2, 3).stream()
            .map(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> CertificateStore.loadOrCreate(client, ns, "race", SANS, at(now))))
            .toList();
    List<CertificateStore.Pki> pkis = starts.stream().map(CompletableFuture::join).toList();
    assertThat(pkis).allSatisfy(p -> assertThat(p).isEqualTo(pkis.get(0)));
    assertThat(CertificateStore.loadOrCreate(client, ns, "race", SANS, at(now)))
        .isEqualTo(pkis.get(0));
  }

  @Test
  void leavesInTheirLastThirdAreRenewedOnceWithTheSameCa() {
    Instant now = Instant.now();
    CertificateStore.Pki first = CertificateStore.loadOrCreate(client, ns, "renew", SANS, at(now));
    Instant later = now.plus(Duration.ofDays(61));
    CertificateStore.Pki renewed =
        CertificateStore.loadOrCreate(client, ns, "renew", SANS, at(later));
    assertThat(renewed.ca()).isEqualTo(first.ca());
    assertThat(renewed.serving()).isNotEqualTo(first.serving());
    assertThat(renewed.client()).isNotEqualTo(first.client());
    assertThat(renewed.handler()).isNotEqualTo(first.handler());
    assertThat(CertificateStore.loadOrCreate(client, ns, "renew", SANS, at(later)))
        .as("the other replica adopts the renewal")
        .isEqualTo(renewed);
  }
}
