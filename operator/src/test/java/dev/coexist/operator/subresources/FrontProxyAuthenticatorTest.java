package dev.coexist.operator.subresources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Front-proxy authentication and the request-header ConfigMap. */
class FrontProxyAuthenticatorTest {
  static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  static X509Certificate cert(String cn) {
    Certificates.Pair ca = Certificates.newCa("fp-ca", NOW, Duration.ofDays(1));
    return Certificates.parseCertificates(
            Certificates.issue(
                    ca, cn, List.of(), Certificates.Usage.CLIENT, NOW, Duration.ofDays(1))
                .certPem())
        .get(0);
  }

  static final RequestHeaderConfig CONFIG =
      RequestHeaderConfig.fromConfigMapData(
          Map.of(
              "requestheader-client-ca-file", "PEM",
              "requestheader-allowed-names", "[\"front-proxy-client\"]",
              "requestheader-username-headers", "[\"X-Remote-User\"]",
              "requestheader-group-headers", "[\"X-Remote-Group\"]",
              "requestheader-extra-headers-prefix", "[\"X-Remote-Extra-\"]"));

  @Test
  void readsUserGroupsAndExtrasFromTheConfiguredHeaders() {
    var r =
        new FrontProxyAuthenticator(CONFIG)
            .authenticate(
                List.of(cert("front-proxy-client")),
                Map.of(
                    "x-remote-user", List.of("system:serviceaccount:ns:sa"),
                    "X-Remote-Group", List.of("system:serviceaccounts", "system:authenticated"),
                    "X-Remote-Extra-Authentication.kubernetes.io%2fpod-name", List.of("p")));
    UserInfo u = r.user().orElseThrow();
    assertThat(u.name()).isEqualTo("system:serviceaccount:ns:sa");
    assertThat(u.groups()).containsExactly("system:serviceaccounts", "system:authenticated");
    assertThat(u.extra()).containsEntry("authentication.kubernetes.io/pod-name", List.of("p"));
  }

  @Test
  void refusesMissingCertWrongCnAndMissingUser() {
    var a = new FrontProxyAuthenticator(CONFIG);
    assertThat(a.authenticate(List.of(), Map.of("X-Remote-User", List.of("u"))).reason())
        .contains("no front-proxy client certificate");
    assertThat(
            a.authenticate(List.of(cert("mallory")), Map.of("X-Remote-User", List.of("u")))
                .reason())
        .contains("CN mallory is not in requestheader-allowed-names");
    assertThat(a.authenticate(List.of(cert("front-proxy-client")), Map.of()).reason())
        .isEqualTo("a valid user header is required for authorization");
  }

  @Test
  void configMapWithoutCaNamesTheKey() {
    assertThatThrownBy(() -> RequestHeaderConfig.fromConfigMapData(Map.of()))
        .hasMessageContaining("data.requestheader-client-ca-file is missing");
    assertThatThrownBy(
            () ->
                RequestHeaderConfig.fromConfigMapData(
                    Map.of(
                        "requestheader-client-ca-file", "x", "requestheader-allowed-names", "{")))
        .hasMessageContaining("data.requestheader-allowed-names is not a JSON array");
  }
}
