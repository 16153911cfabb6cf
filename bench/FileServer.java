// A small static file server for benchmarks: 127.0.0.1 only, GET/HEAD, Content-Length,
// Accept-Ranges and single byte ranges, one request per connection. Bodies are sent with
// FileChannel.transferTo (sendfile(2)), as nginx or Apache serve static files, so the server costs
// the importer as little CPU as a production web server would. Run with the JDK's source launcher:
//   java bench/FileServer.java <directory> <port-file>
// It binds an ephemeral port, writes it to <port-file>, and serves until killed.
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class FileServer {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");
  private static final int MAX_HEAD = 16 << 10;

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    ServerSocketChannel server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    Path tmp = Path.of(args[1] + ".tmp");
    Files.writeString(tmp, Integer.toString(server.socket().getLocalPort()));
    Files.move(tmp, Path.of(args[1]));
    while (true) {
      SocketChannel c = server.accept();
      Thread t = new Thread(() -> handle(root, c), "client");
      t.setDaemon(true);
      t.start();
    }
  }

  private static void handle(Path root, SocketChannel c) {
    try (c) {
      String head = readHead(c);
      if (head == null) {
        return;
      }
      String[] lines = head.split("\r\n");
      String[] request = lines[0].split(" ");
      String range = null;
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0 && lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("range")) {
          range = lines[i].substring(colon + 1).trim();
        }
      }
      serve(root, c, request[0], request.length > 1 ? request[1] : "/", range);
    } catch (IOException e) {
      // the client went away
    }
  }

  private static String readHead(SocketChannel c) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(MAX_HEAD);
    while (buf.hasRemaining()) {
      if (c.read(buf) < 0) {
        return null;
      }
      String s = new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
      int end = s.indexOf("\r\n\r\n");
      if (end >= 0) {
        return s.substring(0, end);
      }
    }
    return null;
  }

  private static void serve(Path root, SocketChannel c, String method, String uri, String range)
      throws IOException {
    String rel = uri.split("\\?", 2)[0].substring(1);
    Path file = root.resolve(rel).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      write(c, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      return;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      long start = 0;
      long end = size - 1;
      Matcher m = range == null ? null : RANGE.matcher(range);
      StringBuilder h = new StringBuilder();
      if (m != null && m.matches()) {
        start = Long.parseLong(m.group(1));
        if (!m.group(2).isEmpty()) {
          end = Math.min(end, Long.parseLong(m.group(2)));
        }
        h.append("HTTP/1.1 206 Partial Content\r\n");
        h.append("Content-Range: bytes " + start + "-" + end + "/" + size + "\r\n");
      } else {
        h.append("HTTP/1.1 200 OK\r\n");
      }
      h.append("Accept-Ranges: bytes\r\nContent-Length: " + (end - start + 1) + "\r\n");
      h.append("Connection: close\r\n\r\n");
      write(c, h.toString());
      if ("HEAD".equals(method)) {
        return;
      }
      long pos = start;
      while (pos <= end) {
        long n = ch.transferTo(pos, end - pos + 1, c);
        if (n <= 0) {
          break;
        }
        pos += n;
      }
    }
  }

  private static void write(SocketChannel c, String s) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    while (b.hasRemaining()) {
      c.write(b);
    }
  }
}
