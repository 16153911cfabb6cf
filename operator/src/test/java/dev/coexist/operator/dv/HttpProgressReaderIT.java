package dev.coexist.operator.dv;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.coexist.crds.importer.ImportProgress;
import dev.coexist.crds.importer.ImporterNames;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

/** The real reader against a real HTTP server on loopback serving the importer's /progress. */
class HttpProgressReaderIT extends ProgressReaderContract {

  private final int port = freePort();
  private final HttpProgressReader reader = new HttpProgressReader(port, Duration.ofSeconds(2));

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free loopback port", e);
    }
  }

  @Override
  Serving serve(ImportProgress progress) throws IOException {
    byte[] body = new ObjectMapper().writeValueAsBytes(progress);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(
        ImporterNames.PROGRESS_PATH,
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "application/json");
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return new Serving("127.0.0.1", () -> server.stop(0));
  }

  @Override
  String silentAddress() {
    return "127.0.0.1";
  }

  @Override
  ProgressReader reader() {
    return reader;
  }
}
