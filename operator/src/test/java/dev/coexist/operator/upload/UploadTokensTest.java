package dev.coexist.operator.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UploadTokensTest {
  static final byte[] KEY = filled(7);
  static final Instant NOW = Instant.parse("2026-11-27T05:00:00Z");
  private final UploadTokens tokens = new UploadTokens(KEY);

  static byte[] filled(int b) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) b);
    return k;
  }

  @Test
  void aFreshTokenNamesTheNamespaceAndPvc() {
    String t = tokens.issue("ns1", "disk", NOW);
    UploadTokens.Verification v = tokens.verify(t, NOW.plusSeconds(10));
    assertThat(v.valid()).as(v.problem()).isTrue();
    assertThat(v.claims().get().namespace()).isEqualTo("ns1");
    assertThat(v.claims().get().name()).isEqualTo("disk");
    assertThat(v.claims().get().operation()).isEqualTo("Upload");
    assertThat(v.claims().get().expires() - v.claims().get().issuedAt()).isEqualTo(300);
  }

  @Test
  void itExpiresAfterFiveMinutes() {
    String t = tokens.issue("ns1", "disk", NOW);
    assertThat(tokens.verify(t, NOW.plus(Duration.ofMinutes(5)).minusSeconds(1)).valid()).isTrue();
    UploadTokens.Verification v = tokens.verify(t, NOW.plus(Duration.ofMinutes(5)));
    assertThat(v.valid()).isFalse();
    assertThat(v.problem()).contains("expired").contains("request a new one");
  }

  @Test
  void aTokenSignedWithAnotherKeyIsForged() {
    String t = new UploadTokens(filled(8)).issue("ns1", "disk", NOW);
    UploadTokens.Verification v = tokens.verify(t, NOW);
    assertThat(v.valid()).isFalse();
    assertThat(v.problem()).contains("signature is invalid");
  }

  @Test
  void anAlteredPayloadIsRefused() {
    String[] p = tokens.issue("ns1", "disk", NOW).split("\\.");
    String json = new String(Base64.getUrlDecoder().decode(p[1]), StandardCharsets.UTF_8);
    String other =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(json.replace("\"disk\"", "\"other\"").getBytes(StandardCharsets.UTF_8));
    assertThat(tokens.verify(p[0] + "." + other + "." + p[2], NOW).problem())
        .contains("signature is invalid");
  }

  @Test
  void unsignedAndMalformedTokensAreRefused() {
    String[] p = tokens.issue("ns1", "disk", NOW).split("\\.");
    String none =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(tokens.verify(none + "." + p[1] + ".", NOW).problem()).contains("HS256");
    assertThat(tokens.verify("abc", NOW).problem()).contains("malformed");
    assertThat(tokens.verify(null, NOW).valid()).isFalse();
    assertThat(tokens.verify("a.b!.c", NOW).valid()).isFalse();
  }

  @Test
  void aTokenFromTheFutureIsRefused() {
    String t = tokens.issue("ns1", "disk", NOW.plus(Duration.ofMinutes(2)));
    assertThat(tokens.verify(t, NOW).problem()).contains("future");
  }

  @Test
  void aShortKeyIsRejected() {
    assertThatThrownBy(() -> new UploadTokens(new byte[8])).hasMessageContaining("32 bytes");
  }
}
