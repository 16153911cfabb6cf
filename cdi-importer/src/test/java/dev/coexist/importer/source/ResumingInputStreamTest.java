package dev.coexist.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.importer.ImportReason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResumingInputStreamTest {
  private static final byte[] DATA = data();

  private static byte[] data() {
    byte[] b = new byte[1 << 20];
    new Random(7).nextBytes(b);
    return b;
  }

  private static byte[] readAll(ImageSource src, int attempts) throws IOException {
    try (ResumingInputStream in = new ResumingInputStream(src, attempts, Backoff.none())) {
      in.open();
      return in.readAllBytes();
    }
  }

  @Test
  void resumesWithARangeAfterADrop() throws IOException {
    FakeImageSource src = FakeImageSource.serving(DATA).dropping(2, 300_000);
    assertThat(readAll(src, 5)).isEqualTo(DATA);
    assertThat(src.opens()).isEqualTo(3);
  }

  @Test
  void readsIntoDirectBuffersAcrossADrop() throws IOException {
    FakeImageSource src = FakeImageSource.serving(DATA).dropping(2, 300_000);
    ByteBuffer direct = ByteBuffer.allocateDirect(DATA.length);
    try (ResumingInputStream in = new ResumingInputStream(src, 5, Backoff.none())) {
      in.open();
      while (in.read(direct.limit(Math.min(DATA.length, direct.position() + 100_000))) >= 0
          && direct.position() < DATA.length) {
        assertThat(in.position()).isEqualTo(direct.position());
      }
      assertThat(in.read()).isEqualTo(-1);
    }
    byte[] got = new byte[DATA.length];
    direct.flip().get(got);
    assertThat(got).isEqualTo(DATA);
    assertThat(src.opens()).isEqualTo(3);
  }

  @Test
  void restartsFromZeroWithoutRanges() throws IOException {
    FakeImageSource src = FakeImageSource.serving(DATA).withoutRanges().dropping(1, 500_000);
    assertThat(readAll(src, 5)).isEqualTo(DATA);
    assertThat(src.opens()).isEqualTo(2);
  }

  @Test
  void aShortBodyIsNeverTakenAsTheEnd() {
    FakeImageSource src = FakeImageSource.serving(DATA).dropping(10, 1000);
    assertThatThrownBy(() -> readAll(src, 3))
        .isInstanceOfSatisfying(
            SourceException.class,
            e -> assertThat(e.reason()).isEqualTo(ImportReason.TransferFailed))
        .hasMessageContaining("after 3 attempts")
        .hasMessageContaining("ended after");
  }

  @Test
  void withoutALengthTheEndOfTheBodyIsTheEnd() throws IOException {
    assertThat(readAll(FakeImageSource.serving(DATA).withoutLength(), 1)).isEqualTo(DATA);
  }

  @Test
  void permanentFailuresAreNotRetried() {
    FakeImageSource src = FakeImageSource.missing();
    assertThatThrownBy(() -> readAll(src, 5))
        .isInstanceOfSatisfying(
            SourceException.class, e -> assertThat(e.reason()).isEqualTo(ImportReason.NotFound));
    assertThat(src.opens()).isEqualTo(1);
  }
}
