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
 * Created on first start; leaves in their last third are renewed from the same CA (the operator
 * checks periodically and reloads them while running, {@link SubresourceApiServer}); a CA in its
 * last leaf-third is replaced with everything else.
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

  /** What a stored PKI needs. */
  public enum Renewal {
    /** Every certificate has more than a third of a leaf's life left. */
    KEEP,
    /** A leaf is in its last third: issue new leaves from the same CA (seamless: trust stays). */
    LEAVES,
    /** The CA itself is in its last leaf-third: a new CA and new leaves. */
    ALL
  }

  /** What the PKI needs at {@code now}. Pure. */
  public static Renewal renewal(Pki pki, Instant now) {
    Instant margin = now.plus(LEAF_VALIDITY.dividedBy(3));
    if (!Certificates.validAt(pki.ca().certPem(), margin)) {
      return Renewal.ALL;
    }
    for (Certificates.Pair leaf : List.of(pki.serving(), pki.client(), pki.handler())) {
      if (!Certificates.validAt(leaf.certPem(), margin)) {
        return Renewal.LEAVES;
      }
    }
    return Renewal.KEEP;
  }

  /**
   * Loads the Secret's PKI; renews its leaves from the same CA when they are in their last third
   * (optimistic update: a replica that loses the race adopts the winner's), re-issues everything
   * when the CA is, and creates a new PKI when there is none.
   */
  public static Pki loadOrCreate(
      KubernetesClient client,
      String namespace,
      String secretName,
      List<String> sans,
      Clock clock) {
    Instant now = clock.instant();
    Secret existing = client.secrets().inNamespace(namespace).withName(secretName).get();
    Optional<Pki> stored = Optional.ofNullable(existing).flatMap(CertificateStore::read);
    if (stored.isPresent()) {
      Renewal r = renewal(stored.get(), now);
      if (r == Renewal.KEEP) {
        return stored.get();
      }
      if (r == Renewal.LEAVES) {
        return renewLeaves(client, existing, issue(stored.get().ca(), sans, now), now);
      }
      LOG.info("subresource CA in Secret {} expires soon: re-issuing", secretName);
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
        return adoptWinner(client, namespace, secretName, now, e);
      }
      throw new IllegalStateException(
          "storing the subresource certificates in Secret " + namespace + "/" + secretName, e);
    }
    LOG.info(
        "issued a new subresource CA and certificates into Secret {}/{}", namespace, secretName);
    return pki;
  }

  private static Pki renewLeaves(KubernetesClient client, Secret existing, Pki next, Instant now) {
    String ns = existing.getMetadata().getNamespace();
    String name = existing.getMetadata().getName();
    Secret updated =
        new SecretBuilder(existing).withData(encode(next)).withStringData(null).build();
    try {
      client.resource(updated).update(); // carries resourceVersion: a concurrent writer → 409
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409) {
        return adoptWinner(client, ns, name, now, e);
      }
      throw new IllegalStateException("renewing the certificates in Secret " + ns + "/" + name, e);
    }
    LOG.info("renewed the subresource leaf certificates in Secret {}/{} (same CA)", ns, name);
    return next;
  }

  private static Pki adoptWinner(
      KubernetesClient client,
      String namespace,
      String secretName,
      Instant now,
      KubernetesClientException cause) {
    Secret winner = client.secrets().inNamespace(namespace).withName(secretName).get();
    Optional<Pki> theirs = Optional.ofNullable(winner).flatMap(CertificateStore::read);
    if (theirs.isPresent() && renewal(theirs.get(), now) == Renewal.KEEP) {
      LOG.info("another replica wrote Secret {}/{} first: using it", namespace, secretName);
      return theirs.get();
    }
    throw new IllegalStateException(
        "storing the subresource certificates in Secret " + namespace + "/" + secretName, cause);
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

  private static Optional<Pki> read(Secret s) {
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
    return Optional.of(
        new Pki(
            new Certificates.Pair(decode(d.get("ca.crt")), decode(d.get("ca.key"))),
            new Certificates.Pair(decode(d.get("tls.crt")), decode(d.get("tls.key"))),
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
