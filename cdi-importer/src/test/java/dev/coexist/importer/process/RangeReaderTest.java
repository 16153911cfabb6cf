package dev.coexist.importer.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.importer.source.FakeImageSource;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Range requests beside the download, over the fake source. */
class RangeReaderTest {
  private final byte[] content = content();

  private static byte[] content() {
    byte[] b = new byte[100_000];
    new Random(9).nextBytes(b);
    return b;
  }

  @Test
  void readsExactlyTheRange() throws IOException {
    RangeReader r = RangeReader.of(FakeImageSource.serving(content));
    assertThat(r.read(70_000, 512)).isEqualTo(Arrays.copyOfRange(content, 70_000, 70_512));
  }

  @Test
  void aSourceAnsweringFromByteZeroIsRefused() {
    RangeReader r = RangeReader.of(FakeImageSource.serving(content).withoutRanges());
    assertThatThrownBy(() -> r.read(70_000, 512))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("from byte 0");
  }

  @Test
  void aRangePastTheEndIsAnError() {
    RangeReader r = RangeReader.of(FakeImageSource.serving(content));
    assertThatThrownBy(() -> r.read(99_900, 512))
        .isInstanceOf(EOFException.class)
        .hasMessageContaining("ended before byte 100412");
  }
}
