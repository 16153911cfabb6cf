// A small static file server for benchmarks: 127.0.0.1 only, Content-Length, Accept-Ranges and
// single byte ranges. Run with the JDK's source launcher:
//   java bench/FileServer.java <directory> <port-file>
// It binds an ephemeral port, writes it to <port-file>, and serves until killed.
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class FileServer {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", ex -> serve(root, ex));
    server.start();
    Path tmp = Path.of(args[1] + ".tmp");
    Files.writeString(tmp, Integer.toString(server.getAddress().getPort()));
    Files.move(tmp, Path.of(args[1]));
  }

  private static void serve(Path root, HttpExchange ex) throws IOException {
    try (ex) {
      Path file = root.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        long size = ch.size();
        long start = 0;
        long end = size - 1;
        String range = ex.getRequestHeaders().getFirst("Range");
        Matcher m = range == null ? null : RANGE.matcher(range);
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
        if (m != null && m.matches()) {
          start = Long.parseLong(m.group(1));
          if (!m.group(2).isEmpty()) {
            end = Math.min(end, Long.parseLong(m.group(2)));
          }
          ex.getResponseHeaders()
              .set("Content-Range", "bytes " + start + "-" + end + "/" + size);
          ex.sendResponseHeaders(206, end - start + 1);
        } else {
          ex.sendResponseHeaders(200, size);
        }
        if ("HEAD".equals(ex.getRequestMethod())) {
          return;
        }
        OutputStream out = ex.getResponseBody();
        WritableByteChannel dst = Channels.newChannel(out);
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        long pos = start;
        while (pos <= end) {
          buf.clear().limit((int) Math.min(buf.capacity(), end - pos + 1));
          int n = ch.read(buf, pos);
          if (n < 0) {
            break;
          }
          buf.flip();
          while (buf.hasRemaining()) {
            dst.write(buf);
          }
          pos += n;
        }
        out.flush();
      }
    }
  }
}
