package dev.coexist.operator.subresources;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the subresource PKI in a Secret: the CA ({@code ca.crt}, {@code ca.key}), the serving
 * certificate ({@code tls.crt}, {@code tls.key}) for the Service's DNS names, and the client
 * certificate this server presents to virt-handler ({@code client.crt}, {@code client.key}).
 * Created on first start, reused while valid for at least a third of its life, re-issued otherwise
 * (rotation at restart; continuous rotation is a follow-up, docs/subresources.md).
 */
public final class CertificateStore {
  private static final Logger LOG = LoggerFactory.getLogger(CertificateStore.class);

  /** CA lifetime. */
  public static final Duration CA_VALIDITY = Duration.ofDays(365);

  /** Leaf lifetime. */
  public static final Duration LEAF_VALIDITY = Duration.ofDays(90);

  /** The CN of the client certificate virt-handler accepts. */
  public static final String CLIENT_CN = "coexist-subresources";

  /** The CN of virt-handler's console server certificate. */
  public static final String HANDLER_CN = "coexist-virt-handler";

  /**
   * The Secret virt-handler mounts for its console server (port 8186): {@code ca.crt} (trust the
   * subresource server's client certificate), {@code tls.crt}, {@code tls.key}. It holds no CA key.
   */
  public static final String HANDLER_SECRET = "coexist-handler-certs";

  /**
   * The PKI.
   *
   * @param ca the CA
   * @param serving the serving certificate
   * @param client the client certificate for virt-handler
   * @param handler virt-handler's console server certificate
   */
  public record Pki(
      Certificates.Pair ca,
      Certificates.Pair serving,
      Certificates.Pair client,
      Certificates.Pair handler) {}

  private CertificateStore() {}

  /** Loads the Secret's PKI if valid for these names, else creates and stores a new one. */
  public static Pki loadOrCreate(
      KubernetesClient client,
      String namespace,
      String secretName,
      List<String> sans,
      Clock clock) {
    Instant now = clock.instant();
    Secret existing = client.secrets().inNamespace(namespace).withName(secretName).get();
    Optional<Pki> reuse = Optional.ofNullable(existing).flatMap(s -> read(s, now));
    if (reuse.isPresent()) {
      return reuse.get();
    }
    Certificates.Pair ca = Certificates.newCa("coexist-subresources-ca", now, CA_VALIDITY);
    Pki pki = issue(ca, sans, now);
    Secret s =
        new SecretBuilder()
            .withNewMetadata()
            .withName(secretName)
            .withNamespace(namespace)
            .withLabels(ApiServiceRegistration.LABELS)
            .endMetadata()
            .withType("Opaque")
            .withData(encode(pki))
            .build();
    try {
      if (existing == null) {
        // create, not apply: two replicas starting together must end up with the same PKI
        client.resource(s).create();
      } else {
        client.resource(s).fieldManager("coexist-subresources").forceConflicts().serverSideApply();
      }
    } catch (KubernetesClientException e) {
      if (existing == null && e.getCode() == 409) {
        Secret winner = client.secrets().inNamespace(namespace).withName(secretName).get();
        Optional<Pki> theirs = Optional.ofNullable(winner).flatMap(w -> read(w, now));
        if (theirs.isPresent()) {
          LOG.info("another replica created Secret {}/{} first: using it", namespace, secretName);
          return theirs.get();
        }
      }
      throw new IllegalStateException(
          "storing the subresource certificates in Secret " + namespace + "/" + secretName, e);
    }
    LOG.info(
        "issued a new subresource CA and certificates into Secret {}/{}", namespace, secretName);
    return pki;
  }

  /** The Secret virt-handler mounts ({@link #HANDLER_SECRET}); pure. */
  public static Secret handlerSecret(String namespace, Pki pki) {
    Map<String, String> d = new TreeMap<>();
    d.put("ca.crt", b64(pki.ca().certPem()));
    d.put("tls.crt", b64(pki.handler().certPem()));
    d.put("tls.key", b64(pki.handler().keyPem()));
    return new SecretBuilder()
        .withNewMetadata()
        .withName(HANDLER_SECRET)
        .withNamespace(namespace)
        .withLabels(ApiServiceRegistration.LABELS)
        .endMetadata()
        .withType("Opaque")
        .withData(d)
        .build();
  }

  /** Applies {@link #handlerSecret} (server-side apply). */
  public static void applyHandlerSecret(KubernetesClient client, String namespace, Pki pki) {
    client
        .resource(handlerSecret(namespace, pki))
        .fieldManager("coexist-subresources")
        .forceConflicts()
        .serverSideApply();
  }

  /** Issues the serving and client certificates from a CA. */
  public static Pki issue(Certificates.Pair ca, List<String> sans, Instant now) {
    String cn = sans.isEmpty() ? "coexist-subresources" : sans.get(0);
    return new Pki(
        ca,
        Certificates.issue(ca, cn, sans, Certificates.Usage.SERVER, now, LEAF_VALIDITY),
        Certificates.issue(ca, CLIENT_CN, List.of(), Certificates.Usage.CLIENT, now, LEAF_VALIDITY),
        Certificates.issue(
            ca, HANDLER_CN, List.of(), Certificates.Usage.SERVER, now, LEAF_VALIDITY));
  }

  private static Optional<Pki> read(Secret s, Instant now) {
    Map<String, String> d = Optional.ofNullable(s.getData()).orElse(Map.of());
    for (String k :
        List.of(
            "ca.crt",
            "ca.key",
            "tls.crt",
            "tls.key",
            "client.crt",
            "client.key",
            "handler.crt",
            "handler.key")) {
      if (!d.containsKey(k)) {
        return Optional.empty();
      }
    }
    Instant margin = now.plus(LEAF_VALIDITY.dividedBy(3));
    String caCrt = decode(d.get("ca.crt"));
    String tlsCrt = decode(d.get("tls.crt"));
    if (!Certificates.validAt(caCrt, margin) || !Certificates.validAt(tlsCrt, margin)) {
      LOG.info(
          "subresource certificates in Secret {} expire soon: re-issuing",
          s.getMetadata().getName());
      return Optional.empty();
    }
    return Optional.of(
        new Pki(
            new Certificates.Pair(caCrt, decode(d.get("ca.key"))),
            new Certificates.Pair(tlsCrt, decode(d.get("tls.key"))),
            new Certificates.Pair(decode(d.get("client.crt")), decode(d.get("client.key"))),
            new Certificates.Pair(decode(d.get("handler.crt")), decode(d.get("handler.key")))));
  }

  private static Map<String, String> encode(Pki p) {
    Map<String, String> d = new TreeMap<>();
    d.put("ca.crt", b64(p.ca().certPem()));
    d.put("ca.key", b64(p.ca().keyPem()));
    d.put("tls.crt", b64(p.serving().certPem()));
    d.put("tls.key", b64(p.serving().keyPem()));
    d.put("client.crt", b64(p.client().certPem()));
    d.put("client.key", b64(p.client().keyPem()));
    d.put("handler.crt", b64(p.handler().certPem()));
    d.put("handler.key", b64(p.handler().keyPem()));
    return d;
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
  }

  private static String decode(String s) {
    return new String(Base64.getDecoder().decode(s), StandardCharsets.US_ASCII);
  }
}
