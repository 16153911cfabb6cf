package dev.coexist.importer.format;

import com.github.luben.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.tukaani.xz.XZInputStream;

/** Stream compressions recognised by their magic bytes, decompressed while streaming. */
public enum Compression {
  NONE("none", new byte[0]),
  GZ("gz", new byte[] {0x1f, (byte) 0x8b}),
  XZ("xz", new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0}),
  ZST("zst", new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd});

  /** Bytes needed to detect the compression. */
  public static final int MAGIC_BYTES = 6;

  private static final int BUFFER = 1 << 16;

  private final String displayName;
  private final byte[] magic;

  Compression(String displayName, byte[] magic) {
    this.displayName = displayName;
    this.magic = magic;
  }

  /** Name in messages and the termination message. */
  public String displayName() {
    return displayName;
  }

  /** Detects the compression of a stream from its first bytes. */
  public static Compression detect(byte[] head, int length) {
    for (Compression c : values()) {
      if (c != NONE
          && length >= c.magic.length
          && Arrays.equals(head, 0, c.magic.length, c.magic, 0, c.magic.length)) {
        return c;
      }
    }
    return NONE;
  }

  /** Wraps {@code in} in a streaming decompressor (identity for {@link #NONE}). */
  public InputStream decompress(InputStream in) throws IOException {
    switch (this) {
      case GZ:
        return new GZIPInputStream(in, BUFFER);
      case XZ:
        return new XZInputStream(in);
      case ZST:
        return new ZstdInputStream(in);
      default:
        return in;
    }
  }
}
