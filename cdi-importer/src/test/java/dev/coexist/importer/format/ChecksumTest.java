package dev.coexist.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksumTest {

  @ParameterizedTest
  @CsvSource({
    "md5:900150983cd24fb0d6963f7d28e17f72, MD5",
    "sha1:a9993e364706816aba3e25717850c26c9cd0d89d, SHA1",
    "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad, SHA256",
    "SHA256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD, SHA256",
    "sha512:ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f, SHA512"
  })
  void parsesAndMatchesTheDigestOfAbc(String spec, Checksum.Algorithm algorithm) {
    Checksum c = Checksum.parse("spec.source.http.checksum", spec);
    assertThat(c.algorithm()).isEqualTo(algorithm);
    MessageDigest d = c.algorithm().newDigest();
    byte[] digest = d.digest("abc".getBytes(StandardCharsets.US_ASCII));
    assertThat(c.matches(digest)).isTrue();
    assertThat(c.matches(algorithm.newDigest().digest(new byte[] {1}))).isFalse();
    assertThat(Checksum.format(algorithm, digest)).isEqualTo(spec.toLowerCase());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad | expected <algorithm>:<hex>",
        "crc32:deadbeef | unsupported algorithm 'crc32'",
        "sha256:abc | a sha256 digest is 64 hex digits",
        "md5:900150983cd24fb0d6963f7d28e17fzz | a md5 digest is 32 hex digits"
      })
  void rejectsMalformedSpecsNamingTheField(String spec, String problem) {
    assertThatThrownBy(() -> Checksum.parse("IMPORTER_CHECKSUM", spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("IMPORTER_CHECKSUM: ")
        .hasMessageContaining(problem);
  }

  @Test
  void printsAsItIsSpelled() {
    assertThat(Checksum.parse("f", "md5:900150983CD24FB0D6963F7D28E17F72"))
        .hasToString("md5:900150983cd24fb0d6963f7d28e17f72");
  }
}
