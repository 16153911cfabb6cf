package dev.coexist.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.importer.ImportReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ImageSource} must do; run against the fake ({@code *Test}), a file and a real
 * HTTP server ({@code *IT}).
 */
public abstract class AbstractImageSourceContractTest {
  protected static final byte[] CONTENT = content();

  /** A source serving {@link #CONTENT}, with range support. */
  protected abstract ImageSource serving() throws IOException;

  /** A source whose content does not exist. */
  protected abstract ImageSource missing() throws IOException;

  private static byte[] content() {
    byte[] b = new byte[3 * 1024 * 1024 + 17];
    new Random(42).nextBytes(b);
    return b;
  }

  @Test
  void servesTheWholeContentWithItsLength() throws IOException {
    ImageSource.Opened o = serving().open(0);
    try (InputStream in = o.body()) {
      assertThat(in.readAllBytes()).isEqualTo(CONTENT);
    }
    assertThat(o.totalLength()).hasValue(CONTENT.length);
    assertThat(o.startOffset()).isZero();
  }

  @Test
  void resumesAtAnOffsetWhenItSupportsRanges() throws IOException {
    ImageSource src = serving();
    ImageSource.Opened first = src.open(0);
    first.body().close();
    assertThat(first.rangesSupported()).isTrue();
    long offset = 1_000_003;
    ImageSource.Opened o = src.open(offset);
    try (InputStream in = o.body()) {
      byte[] rest = in.readAllBytes();
      assertThat(o.startOffset() + rest.length).isEqualTo(CONTENT.length);
      assertThat(rest)
          .isEqualTo(Arrays.copyOfRange(CONTENT, (int) o.startOffset(), CONTENT.length));
    }
    assertThat(o.startOffset()).isEqualTo(offset);
    assertThat(o.totalLength()).hasValue(CONTENT.length);
  }

  @Test
  void readsIntoADirectBufferAsIntoAnArray() throws IOException {
    ImageSource.Opened o = serving().open(0);
    ByteBuffer direct = ByteBuffer.allocateDirect(CONTENT.length + 100);
    try (InputStream in = o.body()) {
      byte[] first = new byte[5];
      assertThat(in.readNBytes(first, 0, 5)).isEqualTo(5);
      direct.put(first);
      while (ImageSource.read(in, direct) >= 0) {
        assertThat(direct.hasRemaining()).isTrue();
      }
    }
    byte[] got = new byte[direct.flip().remaining()];
    direct.get(got);
    assertThat(got).isEqualTo(CONTENT);
  }

  @Test
  void missingContentIsNotFound() {
    assertThatThrownBy(() -> missing().open(0))
        .isInstanceOfSatisfying(
            SourceException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ImportReason.NotFound);
              assertThat(e.isTransient()).isFalse();
            });
  }

  @Test
  void describesItselfWithoutCredentials() throws IOException {
    assertThat(serving().describe()).isNotBlank().doesNotContain("secret");
  }
}
