package dev.coexist.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageFormatTest {

  private static byte[] head(int offset, String magic) {
    byte[] b = new byte[ImageFormat.HEAD_BYTES];
    byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(m, 0, b, offset, m.length);
    return b;
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> formats() {
    byte[] mbr = new byte[4096];
    mbr[510] = 0x55;
    mbr[511] = (byte) 0xaa;
    mbr[0] = (byte) 0xeb;
    return Stream.of(
        Arguments.of("qcow2", head(0, "QFI\u00fb\0\0\0\3"), Optional.of(ImageFormat.QCOW2)),
        Arguments.of("vmdk", head(0, "KDMV"), Optional.of(ImageFormat.VMDK)),
        Arguments.of("vdi", head(0x40, "\u007f\u0010\u00da\u00be"), Optional.of(ImageFormat.VDI)),
        Arguments.of("vhd", head(0, "conectix"), Optional.of(ImageFormat.VHD)),
        Arguments.of("vhdx", head(0, "vhdxfile"), Optional.of(ImageFormat.VHDX)),
        Arguments.of("iso", head(0x8001, "CD001"), Optional.of(ImageFormat.ISO)),
        Arguments.of("raw MBR", mbr, Optional.of(ImageFormat.RAW)),
        Arguments.of("all zeros", new byte[65536], Optional.of(ImageFormat.RAW)),
        Arguments.of(
            "html", text("<!DOCTYPE html><html><body>Not here</body></html>"), Optional.empty()),
        Arguments.of("json", text("{\"error\": \"nope\"}"), Optional.empty()),
        Arguments.of("plain text", text("just some words\nin a file\n"), Optional.empty()),
        Arguments.of("tar", head(257, "ustar\u000000"), Optional.empty()),
        Arguments.of("empty", new byte[0], Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void detectsByMagic(String name, byte[] head, Optional<ImageFormat> expected) {
    assertThat(ImageFormat.detect(head, head.length)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void onlyNonImagesGetADescription(String name, byte[] head, Optional<ImageFormat> expected) {
    if (expected.isEmpty()) {
      assertThat(ImageFormat.describeNonImage(head, head.length)).isNotBlank();
    }
    assertThat(name).isNotBlank();
  }

  @Test
  void describesHtmlAsAnHtmlPage() {
    byte[] h = text("  <html><head><title>404</title></head></html>");
    assertThat(ImageFormat.describeNonImage(h, h.length)).isEqualTo("an HTML page");
  }

  static Stream<Arguments> compressions() {
    return Stream.of(
        Arguments.of(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0}, Compression.GZ),
        Arguments.of(new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0}, Compression.XZ),
        Arguments.of(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0, 0}, Compression.ZST),
        Arguments.of(text("QFI\u00fb\0\0"), Compression.NONE),
        Arguments.of(new byte[] {0x1f}, Compression.NONE),
        Arguments.of(new byte[0], Compression.NONE));
  }

  @ParameterizedTest
  @MethodSource("compressions")
  void detectsCompression(byte[] head, Compression expected) {
    assertThat(Compression.detect(head, head.length)).isEqualTo(expected);
  }
}
