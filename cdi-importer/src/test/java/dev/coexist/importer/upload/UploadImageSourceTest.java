package dev.coexist.importer.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coexist.crds.importer.ImportReason;
import dev.coexist.importer.source.ImageSource;
import dev.coexist.importer.source.SourceException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UploadImageSourceTest {
  private final AtomicInteger received = new AtomicInteger();

  private UploadImageSource source(byte[] body, OptionalLong length) {
    return new UploadImageSource(
        new ByteArrayInputStream(body), length, "the upload", received::incrementAndGet);
  }

  @Test
  void opensOnceFromTheStartAndSignalsWhenTheAnnouncedLengthIsRead() throws Exception {
    UploadImageSource s = source(new byte[100], OptionalLong.of(100));
    ImageSource.Opened o = s.open(0);
    assertThat(o.totalLength()).hasValue(100);
    assertThat(o.rangesSupported()).isFalse();
    InputStream in = o.body();
    assertThat(in.readNBytes(60)).hasSize(60);
    assertThat(received).hasValue(0);
    assertThat(in.readNBytes(40)).hasSize(40);
    assertThat(received).as("signalled at the last byte, before EOF is asked").hasValue(1);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(received).hasValue(1);
  }

  @Test
  void withoutALengthTheEndOfStreamSignals() throws Exception {
    InputStream in = source(new byte[10], OptionalLong.empty()).open(0).body();
    assertThat(in.readAllBytes()).hasSize(10);
    assertThat(received).hasValue(1);
  }

  @Test
  void cannotBeReopenedOrResumed() throws Exception {
    UploadImageSource s = source(new byte[10], OptionalLong.of(10));
    s.open(0);
    assertThatThrownBy(() -> s.open(0))
        .isInstanceOfSatisfying(
            SourceException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ImportReason.TransferFailed);
              assertThat(e.isTransient()).isFalse();
            })
        .hasMessageContaining("upload the image again");
    assertThatThrownBy(() -> source(new byte[10], OptionalLong.of(10)).open(5))
        .isInstanceOf(SourceException.class);
  }
}
