package dev.coexist.e2e.console;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The client half of an RFB 3.8 session (RFC 6143), just far enough to prove a VNC server is there:
 * version, security "None", ServerInit, one full FramebufferUpdateRequest and the header of the
 * FramebufferUpdate that answers it.
 */
final class Rfb {
  /**
   * What the server said.
   *
   * @param version the server's ProtocolVersion line
   * @param width framebuffer width
   * @param height framebuffer height
   * @param name the desktop name
   * @param rectangles rectangles in the first FramebufferUpdate
   */
  record Session(String version, int width, int height, String name, int rectangles) {}

  private Rfb() {}

  static Session handshake(Socket s) throws IOException {
    DataInputStream in = new DataInputStream(s.getInputStream());
    DataOutputStream out = new DataOutputStream(s.getOutputStream());
    byte[] v = new byte[12];
    in.readFully(v);
    String version = new String(v, StandardCharsets.US_ASCII);
    if (!version.startsWith("RFB ")) {
      throw new IOException("not an RFB server: " + version);
    }
    out.write("RFB 003.008\n".getBytes(StandardCharsets.US_ASCII));
    int n = in.readUnsignedByte();
    if (n == 0) {
      throw new IOException("server refused: " + reason(in));
    }
    boolean none = false;
    for (int i = 0; i < n; i++) {
      none |= in.readUnsignedByte() == 1;
    }
    if (!none) {
      throw new IOException("server offers no security type None");
    }
    out.writeByte(1);
    if (in.readInt() != 0) {
      throw new IOException("security handshake failed: " + reason(in));
    }
    out.writeByte(1); // ClientInit: shared
    int width = in.readUnsignedShort();
    int height = in.readUnsignedShort();
    in.readFully(new byte[16]); // pixel format
    byte[] name = new byte[in.readInt()];
    in.readFully(name);
    out.writeByte(3); // FramebufferUpdateRequest, not incremental, whole screen
    out.writeByte(0);
    out.writeShort(0);
    out.writeShort(0);
    out.writeShort(width);
    out.writeShort(height);
    out.flush();
    int type = in.readUnsignedByte();
    if (type != 0) {
      throw new IOException("expected a FramebufferUpdate (0), got message type " + type);
    }
    in.readUnsignedByte();
    int rects = in.readUnsignedShort();
    return new Session(
        version.trim(), width, height, new String(name, StandardCharsets.UTF_8), rects);
  }

  private static String reason(DataInputStream in) throws IOException {
    byte[] r = new byte[in.readInt()];
    in.readFully(r);
    return new String(r, StandardCharsets.UTF_8);
  }
}
