package dev.coexist.importer.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Disk image formats recognised by their magic bytes, after CDI's {@code pkg/image/filefmt.go}. */
public enum ImageFormat {
  QCOW2("qcow2", "qcow2", true),
  VMDK("vmdk", "vmdk", true),
  VDI("vdi", "vdi", true),
  VHD("vhd", "vpc", true),
  VHDX("vhdx", "vhdx", true),
  ISO("iso", "raw", false),
  RAW("raw", "raw", false);

  /** Bytes of the (decompressed) stream looked at to detect the format. */
  public static final int HEAD_BYTES = 64 * 1024;

  private static final int ISO_MAGIC_OFFSET = 0x8001;
  private static final int VDI_MAGIC_OFFSET = 0x40;

  private final String displayName;
  private final String qemuDriver;
  private final boolean needsConversion;

  ImageFormat(String displayName, String qemuDriver, boolean needsConversion) {
    this.displayName = displayName;
    this.qemuDriver = qemuDriver;
    this.needsConversion = needsConversion;
  }

  /** The name used in messages and the termination message ({@code qcow2}, {@code vhd}, ...). */
  public String displayName() {
    return displayName;
  }

  /** The qemu-img format driver ({@code -f}). */
  public String qemuDriver() {
    return qemuDriver;
  }

  /** True when the image must be converted by qemu-img (through scratch space). */
  public boolean needsConversion() {
    return needsConversion;
  }

  /**
   * Detects the format of a disk image from its first bytes.
   *
   * @param head the first bytes of the decompressed stream (up to {@link #HEAD_BYTES})
   * @param length how many bytes of {@code head} are valid
   * @return the format, or empty when the bytes are not a disk image (text, HTML, a tar archive)
   */
  public static Optional<ImageFormat> detect(byte[] head, int length) {
    if (startsWith(head, length, 0, "QFI\u00fb")) {
      return Optional.of(QCOW2);
    }
    if (startsWith(head, length, 0, "KDMV")) {
      return Optional.of(VMDK);
    }
    if (startsWith(head, length, VDI_MAGIC_OFFSET, "\u007f\u0010\u00da\u00be")) {
      return Optional.of(VDI);
    }
    if (startsWith(head, length, 0, "conectix")) {
      return Optional.of(VHD);
    }
    if (startsWith(head, length, 0, "vhdxfile")) {
      return Optional.of(VHDX);
    }
    if (startsWith(head, length, ISO_MAGIC_OFFSET, "CD001")) {
      return Optional.of(ISO);
    }
    if (isTar(head, length) || looksLikeText(head, length)) {
      return Optional.empty();
    }
    return Optional.of(RAW);
  }

  /** True when the bytes start a POSIX/GNU tar archive ({@code ustar} at offset 257). */
  public static boolean isTar(byte[] head, int length) {
    return startsWith(head, length, 257, "ustar");
  }

  /**
   * A short description of what non-image content looks like, for the user-facing message.
   *
   * @return e.g. "an HTML page"
   */
  public static String describeNonImage(byte[] head, int length) {
    if (isTar(head, length)) {
      return "a tar archive (use contentType: archive)";
    }
    String start =
        new String(head, 0, Math.min(length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return "an HTML page";
    }
    if (start.startsWith("{") || start.startsWith("[")) {
      return "a JSON document";
    }
    if (start.startsWith("<?xml") || start.startsWith("<")) {
      return "an XML/HTML document";
    }
    return length == 0 ? "empty" : "text";
  }

  /**
   * Raw disk images practically always hold NUL bytes in their first sectors (partition tables,
   * boot code, superblocks); a head with no NUL and mostly printable characters is a document.
   */
  static boolean looksLikeText(byte[] head, int length) {
    if (length == 0) {
      return true;
    }
    int printable = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return false;
      }
      if (b >= 0x20 || b == '\n' || b == '\r' || b == '\t') {
        printable++;
      }
    }
    return printable * 100L >= length * 95L;
  }

  private static boolean startsWith(byte[] head, int length, int offset, String magic) {
    byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
    if (length < offset + m.length) {
      return false;
    }
    return Arrays.equals(head, offset, offset + m.length, m, 0, m.length);
  }
}
