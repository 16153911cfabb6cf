package dev.coexist.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fast path of {@link HttpImageSource} for plain {@code http://} URLs without a proxy: one
 * HTTP/1.1 GET (with Range) on a socket channel, whose body is read straight into the caller's
 * (direct) buffers by {@link ChannelBody}. {@link java.net.HttpURLConnection} reads every byte into
 * a heap array first (through a temporary direct buffer of its own); at disk speed that copy is a
 * good part of the importer's CPU. Everything this class does not handle — TLS, redirects, chunked
 * or encoded bodies, proxies, unusual request headers — goes through HttpURLConnection as before.
 */
final class PlainHttp {
  /** Headers HttpURLConnection refuses or sets itself; a request carrying one takes its path. */
  private static final Set<String> NOT_HERE =
      Set.of(
          "access-control-request-headers",
          "access-control-request-method",
          "connection",
          "content-length",
          "content-transfer-encoding",
          "host",
          "keep-alive",
          "origin",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "via",
          "user-agent",
          "accept",
          "accept-encoding",
          "authorization",
          "range");

  private static final int MAX_HEAD = 32 << 10;

  private final URI url;
  private final HttpSettings settings;

  PlainHttp(URI url, HttpSettings settings) {
    this.url = url;
    this.settings = settings;
  }

  /** One response: status, headers (lower-case names) and, for the caller to read, the body. */
  record Response(int code, String reason, Map<String, String> headers, ChannelBody body) {
    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name));
    }

    /** The Content-Length when the body is exactly that many plain bytes; -1 otherwise. */
    long plainLength() {
      String te = headers.getOrDefault("transfer-encoding", "identity");
      String ce = headers.getOrDefault("content-encoding", "identity");
      String cl = headers.get("content-length");
      if (cl == null
          || !te.equalsIgnoreCase("identity")
          || !ce.equalsIgnoreCase("identity")
          || !cl.strip().chars().allMatch(Character::isDigit)
          || cl.isBlank()
          || cl.strip().length() > 18) {
        return -1;
      }
      return Long.parseLong(cl.strip());
    }
  }

  /** True when this URL and these settings can use the fast path. */
  static boolean eligible(URI url, HttpSettings settings) {
    if (!"http".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
      return false;
    }
    for (HttpSettings.Header h : settings.headers()) {
      if (NOT_HERE.contains(h.name().toLowerCase(Locale.ROOT)) || !printable(h.value())) {
        return false;
      }
    }
    ProxySelector proxies = ProxySelector.getDefault();
    if (proxies == null) {
      return true;
    }
    List<Proxy> chosen = proxies.select(url);
    return chosen.isEmpty() || (chosen.size() == 1 && chosen.get(0).type() == Proxy.Type.DIRECT);
  }

  private static boolean printable(String v) {
    return v.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f));
  }

  /** Sends the GET (from {@code offset}) and reads the response head. */
  Response exchange(long offset, String authorization) throws IOException {
    int port = url.getPort() < 0 ? 80 : url.getPort();
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(url.getHost()), port);
    SocketChannel ch = SocketChannel.open();
    Selector selector = null;
    boolean done = false;
    try {
      ch.socket().connect(address, (int) settings.connectTimeout().toMillis());
      ch.socket().setSoTimeout((int) settings.readTimeout().toMillis());
      ByteBuffer request = ByteBuffer.wrap(request(offset, authorization));
      while (request.hasRemaining()) {
        ch.write(request);
      }
      ByteBuffer head = ByteBuffer.allocate(MAX_HEAD);
      int end = readHead(ch.socket().getInputStream(), head);
      String text = new String(head.array(), 0, end, StandardCharsets.ISO_8859_1);
      head.limit(head.position()).position(end + 4);
      ByteBuffer leftover = ByteBuffer.allocate(head.remaining()).put(head).flip();
      selector = Selector.open();
      ChannelBody.register(ch, selector);
      Response r = parse(text, ch, selector, leftover);
      done = true;
      return r;
    } finally {
      if (!done) {
        ch.close();
        if (selector != null) {
          selector.close();
        }
      }
    }
  }

  private byte[] request(long offset, String authorization) {
    StringBuilder r = new StringBuilder(256);
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    r.append("GET ").append(path);
    if (url.getRawQuery() != null) {
      r.append('?').append(url.getRawQuery());
    }
    r.append(" HTTP/1.1\r\nHost: ").append(url.getHost());
    if (url.getPort() >= 0) {
      r.append(':').append(url.getPort());
    }
    r.append(
        "\r\nUser-Agent: coexist-cdi-importer\r\nAccept: */*\r\nAccept-Encoding: identity\r\n");
    if (authorization != null) {
      r.append("Authorization: ").append(authorization).append("\r\n");
    }
    for (HttpSettings.Header h : settings.headers()) {
      r.append(h.name()).append(": ").append(h.value()).append("\r\n");
    }
    if (offset > 0) {
      r.append("Range: bytes=").append(offset).append("-\r\n");
    }
    r.append("Connection: close\r\n\r\n");
    return r.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Reads until the blank line; returns where it starts. Body bytes may follow in {@code buf}. */
  private static int readHead(InputStream in, ByteBuffer buf) throws IOException {
    byte[] a = buf.array();
    int scanned = 0;
    while (true) {
      if (!buf.hasRemaining()) {
        throw new IOException("the response head is longer than " + MAX_HEAD + " bytes");
      }
      int n = in.read(a, buf.position(), buf.remaining());
      if (n < 0) {
        throw new IOException("the server closed the connection before a complete response head");
      }
      buf.position(buf.position() + n);
      for (int i = Math.max(0, scanned - 3); i + 3 < buf.position(); i++) {
        if (a[i] == '\r' && a[i + 1] == '\n' && a[i + 2] == '\r' && a[i + 3] == '\n') {
          return i;
        }
      }
      scanned = buf.position();
    }
  }

  private Response parse(String head, SocketChannel ch, Selector selector, ByteBuffer leftover)
      throws IOException {
    String[] lines = head.split("\r\n");
    String[] status = lines[0].split(" ", 3);
    if (status.length < 2
        || !status[0].startsWith("HTTP/1.")
        || status[1].length() != 3
        || !status[1].chars().allMatch(Character::isDigit)) {
      throw new IOException("not an HTTP/1.x response: " + lines[0]);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.merge(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip(),
            (a, b) -> a + ", " + b);
      }
    }
    int code = Integer.parseInt(status[1]);
    String reason = status.length > 2 ? status[2] : null;
    Response partial = new Response(code, reason, headers, null);
    long length = partial.plainLength();
    ChannelBody body =
        new ChannelBody(ch, selector, leftover, Math.max(0, length), settings.readTimeout());
    return new Response(code, reason, headers, body);
  }
}
