package dev.coexist.importer.process;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only NBD export (fixed-newstyle handshake, simple replies) of an {@link NbdExport} (a
 * download still arriving) on a unix socket, so {@code qemu-img convert} can read a qcow2/vmdk/…
 * while it is still being downloaded: the download and the conversion overlap instead of running
 * one after the other.
 */
final class NbdServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NbdServer.class);

  private static final long NBDMAGIC = 0x4e42444d41474943L;
  private static final long IHAVEOPT = 0x49484156454F5054L;
  private static final long OPT_REPLY_MAGIC = 0x3e889045565a9L;
  private static final int REQUEST_MAGIC = 0x25609513;
  private static final int SIMPLE_REPLY_MAGIC = 0x67446698;
  private static final int FLAG_FIXED_NEWSTYLE = 1;
  private static final int FLAG_NO_ZEROES = 2;
  private static final int OPT_EXPORT_NAME = 1;
  private static final int OPT_ABORT = 2;
  private static final int OPT_INFO = 6;
  private static final int OPT_GO = 7;
  private static final int REP_ACK = 1;
  private static final int REP_INFO = 3;
  private static final int REP_ERR_UNSUP = 0x80000001;
  private static final int INFO_EXPORT = 0;
  private static final short TRANSMISSION_FLAGS = 1 | 2; // HAS_FLAGS | READ_ONLY
  private static final int CMD_READ = 0;
  private static final int CMD_WRITE = 1;
  private static final int CMD_DISC = 2;
  private static final int CMD_FLUSH = 3;
  private static final int EPERM = 1;
  private static final int EIO = 5;
  private static final int EINVAL = 22;
  private static final int MAX_REQUEST = 64 << 20;
  private static final int SEND_BUFFER = 4 << 20;

  private final NbdExport file;
  private final Path socket;
  private final ServerSocketChannel server;
  private final Set<SocketChannel> clients = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private NbdServer(NbdExport file, Path socket, ServerSocketChannel server) {
    this.file = file;
    this.socket = socket;
    this.server = server;
  }

  /** Serves {@code file} on a new unix socket at {@code socket} (must not exist). */
  static NbdServer start(NbdExport file, Path socket) throws IOException {
    ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    ch.bind(UnixDomainSocketAddress.of(socket));
    NbdServer s = new NbdServer(file, socket, ch);
    Thread t = new Thread(s::acceptLoop, "nbd-accept");
    t.setDaemon(true);
    t.start();
    return s;
  }

  /** The qemu filename of the export. */
  String uri() {
    return "nbd+unix:///?socket=" + socket;
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        SocketChannel c = server.accept();
        clients.add(c);
        sendBuffer(c);
        Thread t = new Thread(() -> serve(c), "nbd-client");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("nbd accept failed: {}", e.toString());
        }
        return;
      }
    }
  }

  /**
   * A send buffer of a few MiB: a 2 MiB read reply then goes out in one or two writes instead of
   * ten (the default is about 200 KiB), with that many fewer wake-ups of this thread and qemu-img.
   * The kernel caps it at net.core.wmem_max.
   */
  private static void sendBuffer(SocketChannel c) {
    try {
      c.setOption(StandardSocketOptions.SO_SNDBUF, SEND_BUFFER);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("nbd: cannot set the send buffer: {}", e.toString());
    }
  }

  private void serve(SocketChannel c) {
    try (c) {
      DataInputStream in =
          new DataInputStream(new BufferedInputStream(Channels.newInputStream(c), 1 << 16));
      DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(c), 1 << 16));
      if (handshake(in, out)) {
        file.clientConnected();
        transmission(in, out, c);
      }
    } catch (EOFException e) {
      LOG.debug("nbd client went away");
    } catch (IOException e) {
      if (!closed) {
        LOG.debug("nbd client failed: {}", e.toString());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.remove(c);
    }
  }

  /** Returns true when the client entered transmission. */
  private boolean handshake(DataInputStream in, DataOutputStream out) throws IOException {
    out.writeLong(NBDMAGIC);
    out.writeLong(IHAVEOPT);
    out.writeShort(FLAG_FIXED_NEWSTYLE | FLAG_NO_ZEROES);
    out.flush();
    int clientFlags = in.readInt();
    while (true) {
      if (in.readLong() != IHAVEOPT) {
        throw new IOException("bad NBD option magic");
      }
      int option = in.readInt();
      int length = in.readInt();
      if (length < 0 || length > 1 << 16) {
        throw new IOException("NBD option too long");
      }
      in.readFully(new byte[length]);
      switch (option) {
        case OPT_EXPORT_NAME:
          out.writeLong(file.size());
          out.writeShort(TRANSMISSION_FLAGS);
          if ((clientFlags & FLAG_NO_ZEROES) == 0) {
            out.write(new byte[124]);
          }
          out.flush();
          return true;
        case OPT_ABORT:
          optionReply(out, option, REP_ACK, 0);
          out.flush();
          return false;
        case OPT_INFO:
        case OPT_GO:
          optionReply(out, option, REP_INFO, 12);
          out.writeShort(INFO_EXPORT);
          out.writeLong(file.size());
          out.writeShort(TRANSMISSION_FLAGS);
          optionReply(out, option, REP_ACK, 0);
          out.flush();
          if (option == OPT_GO) {
            return true;
          }
          break;
        default:
          optionReply(out, option, REP_ERR_UNSUP, 0);
          out.flush();
      }
    }
  }

  private static void optionReply(DataOutputStream out, int option, int type, int length)
      throws IOException {
    out.writeLong(OPT_REPLY_MAGIC);
    out.writeInt(option);
    out.writeInt(type);
    out.writeInt(length);
  }

  private void transmission(DataInputStream in, DataOutputStream out, SocketChannel c)
      throws IOException, InterruptedException {
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    ByteBuffer header = ByteBuffer.allocateDirect(16);
    while (true) {
      if (in.readInt() != REQUEST_MAGIC) {
        throw new IOException("bad NBD request magic");
      }
      in.readShort();
      int type = in.readShort() & 0xffff;
      long handle = in.readLong();
      long offset = in.readLong();
      int length = in.readInt();
      switch (type) {
        case CMD_READ:
          if (!sent(out, c, header, handle, offset, length)) {
            buffer = read(out, c, buffer, handle, offset, length);
          }
          break;
        case CMD_WRITE:
          in.readFully(new byte[Math.max(0, Math.min(length, MAX_REQUEST))]);
          reply(out, handle, EPERM);
          break;
        case CMD_DISC:
          out.flush();
          return;
        case CMD_FLUSH:
          reply(out, handle, 0);
          break;
        default:
          reply(out, handle, EINVAL);
      }
      out.flush();
    }
  }

  /**
   * Sends a read straight from the export's memory when it can ({@link NbdExport#slices}): the
   * reply header and the data in one gathering write, no copy. False when {@link #read} must serve
   * it.
   */
  private boolean sent(
      DataOutputStream out,
      SocketChannel c,
      ByteBuffer header,
      long handle,
      long offset,
      int length)
      throws IOException, InterruptedException {
    if (length <= 0 || length > MAX_REQUEST || offset < 0 || offset + length > file.size()) {
      return false;
    }
    Optional<NbdExport.Slices> slices;
    try {
      slices = file.slices(offset, length);
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      return false; // read() answers with the error
    }
    if (slices.isEmpty()) {
      return false;
    }
    try {
      out.flush();
      ByteBuffer[] parts = slices.get().buffers();
      ByteBuffer[] all = new ByteBuffer[parts.length + 1];
      header.clear().putInt(SIMPLE_REPLY_MAGIC).putInt(0).putLong(handle).flip();
      all[0] = header;
      System.arraycopy(parts, 0, all, 1, parts.length);
      ByteBuffer lastPart = all[all.length - 1];
      while (lastPart.hasRemaining()) {
        c.write(all);
      }
    } finally {
      slices.get().release().run();
    }
    return true;
  }

  private ByteBuffer read(
      DataOutputStream out,
      SocketChannel c,
      ByteBuffer buffer,
      long handle,
      long offset,
      int length)
      throws IOException, InterruptedException {
    if (length < 0 || length > MAX_REQUEST || offset < 0 || offset + length > file.size()) {
      reply(out, handle, EINVAL);
      return buffer;
    }
    ByteBuffer buf = buffer;
    if (buf.capacity() < length) {
      buf = ByteBuffer.allocateDirect(Math.max(length, 1 << 20));
    }
    buf.clear().limit(length);
    try {
      file.read(offset, buf);
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      LOG.debug("nbd read at {} failed: {}", offset, e.toString());
      reply(out, handle, EIO);
      return buf;
    }
    reply(out, handle, 0);
    out.flush();
    buf.flip();
    while (buf.hasRemaining()) {
      c.write(buf);
    }
    return buf;
  }

  private static void reply(DataOutputStream out, long handle, int error) throws IOException {
    out.writeInt(SIMPLE_REPLY_MAGIC);
    out.writeInt(error);
    out.writeLong(handle);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (SocketChannel c : clients) {
      c.close();
    }
    Files.deleteIfExists(socket);
  }
}
