package dev.coexist.operator.upload;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC key of upload tokens, kept in Secret {@value #SECRET} (key {@value #DATA_KEY}, 32 random
 * bytes) in the operator's namespace: created on first start, reused afterwards so tokens survive
 * an operator restart. Deleting the Secret invalidates every outstanding token.
 */
public final class UploadTokenKey {
  private static final Logger LOG = LoggerFactory.getLogger(UploadTokenKey.class);

  /** The Secret's name. */
  public static final String SECRET = "coexist-upload-token-key";

  /** Its data key. */
  public static final String DATA_KEY = "hmac.key";

  private UploadTokenKey() {}

  /** Loads the key, creating the Secret when it is missing. */
  public static byte[] loadOrCreate(KubernetesClient client, String namespace) {
    Optional<byte[]> existing =
        read(client.secrets().inNamespace(namespace).withName(SECRET).get());
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Secret s =
        new SecretBuilder()
            .withNewMetadata()
            .withName(SECRET)
            .withNamespace(namespace)
            .withLabels(
                Map.of(
                    "app.kubernetes.io/part-of",
                    "coexist",
                    "app.kubernetes.io/component",
                    "upload"))
            .endMetadata()
            .withType("Opaque")
            .withData(Map.of(DATA_KEY, Base64.getEncoder().encodeToString(key)))
            .build();
    try {
      client.resource(s).create();
      LOG.info("created the upload token key in Secret {}/{}", namespace, SECRET);
      return key;
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409) {
        return read(client.secrets().inNamespace(namespace).withName(SECRET).get())
            .orElseThrow(() -> new IllegalStateException("Secret " + SECRET + " has no key", e));
      }
      throw new IllegalStateException(
          "storing the upload token key in Secret " + namespace + "/" + SECRET, e);
    }
  }

  private static Optional<byte[]> read(Secret s) {
    if (s == null || s.getData() == null || !s.getData().containsKey(DATA_KEY)) {
      return Optional.empty();
    }
    byte[] key = Base64.getDecoder().decode(s.getData().get(DATA_KEY));
    return key.length >= 32 ? Optional.of(key) : Optional.empty();
  }
}
