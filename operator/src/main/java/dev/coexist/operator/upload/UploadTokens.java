package dev.coexist.operator.upload;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Upload tokens: compact JWTs (HS256) naming the namespace and PVC an upload may write, valid for
 * {@link #VALIDITY} like CDI's. Signed and verified with one HMAC key the operator keeps in a
 * Secret ({@link UploadTokenKey}); pure apart from the key.
 */
public final class UploadTokens {
  /** How long a token is valid (CDI: 5 minutes). */
  public static final Duration VALIDITY = Duration.ofMinutes(5);

  /** Clock skew tolerated on {@code iat}. */
  static final Duration SKEW = Duration.ofSeconds(30);

  /** The issuer claim. */
  static final String ISSUER = "coexist-upload";

  /** The operation claim of an upload token (CDI's {@code OperationUpload}). */
  static final String OPERATION = "Upload";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
  private static final String HEADER =
      b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

  private final byte[] key;

  /** Signs with this key (at least 32 bytes). */
  public UploadTokens(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("upload token key: at least 32 bytes, got " + key.length);
    }
    this.key = key.clone();
  }

  /**
   * The claims.
   *
   * @param issuer {@value #ISSUER}
   * @param issuedAt {@code iat}, seconds
   * @param expires {@code exp}, seconds
   * @param operation {@value #OPERATION}
   * @param namespace the PVC's namespace
   * @param name the PVC's name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Claims(
      @JsonProperty("iss") String issuer,
      @JsonProperty("iat") long issuedAt,
      @JsonProperty("exp") long expires,
      @JsonProperty("operation") String operation,
      @JsonProperty("namespace") String namespace,
      @JsonProperty("name") String name) {}

  /** Issues a token for an upload into {@code namespace/pvc}. */
  public String issue(String namespace, String pvc, Instant now) {
    Claims c =
        new Claims(
            ISSUER,
            now.getEpochSecond(),
            now.plus(VALIDITY).getEpochSecond(),
            OPERATION,
            namespace,
            pvc);
    try {
      String body = HEADER + "." + b64(JSON.writeValueAsBytes(c));
      return body + "." + b64(mac(body));
    } catch (IOException e) {
      throw new IllegalStateException("serializing upload token claims", e);
    }
  }

  /**
   * Verifies a token: signature first, then expiry and operation. Empty result = valid; otherwise
   * the reason, in words a user can act on.
   */
  public Verification verify(String token, Instant now) {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3) {
      return Verification.invalid("the upload token is malformed (not a JWT)");
    }
    String signed = parts[0] + "." + parts[1];
    byte[] sig;
    Claims c;
    try {
      sig = Base64.getUrlDecoder().decode(parts[2]);
      if (!parts[0].equals(HEADER)) {
        return Verification.invalid(
            "the upload token is not signed by coexist (alg must be HS256)");
      }
      if (!MessageDigest.isEqual(sig, mac(signed))) {
        return Verification.invalid("the upload token's signature is invalid (forged or altered)");
      }
      c = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Claims.class);
    } catch (IllegalArgumentException | IOException e) {
      return Verification.invalid("the upload token is malformed: " + e.getMessage());
    }
    if (!OPERATION.equals(c.operation()) || c.namespace() == null || c.name() == null) {
      return Verification.invalid("the token is not an upload token");
    }
    if (now.getEpochSecond() >= c.expires()) {
      return Verification.invalid(
          "the upload token expired at "
              + Instant.ofEpochSecond(c.expires())
              + ": request a new one (tokens are valid for "
              + VALIDITY.toMinutes()
              + " minutes)");
    }
    if (Instant.ofEpochSecond(c.issuedAt()).isAfter(now.plus(SKEW))) {
      return Verification.invalid("the upload token is issued in the future");
    }
    return new Verification(Optional.of(c), "");
  }

  /**
   * The outcome of {@link #verify}.
   *
   * @param claims the claims when valid
   * @param problem why not, when invalid
   */
  public record Verification(Optional<Claims> claims, String problem) {
    static Verification invalid(String problem) {
      return new Verification(Optional.empty(), problem);
    }

    /** Whether the token is valid. */
    public boolean valid() {
      return claims.isPresent();
    }
  }

  private byte[] mac(String signed) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static String b64(byte[] b) {
    return ENC.encodeToString(b);
  }
}
