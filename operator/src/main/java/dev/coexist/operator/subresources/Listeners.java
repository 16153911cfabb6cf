package dev.coexist.operator.subresources;

import io.vertx.core.http.HttpServer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Binding a Vert.x HTTP server from a blocking start-up path. */
public final class Listeners {
  private Listeners() {}

  /**
   * Starts {@code server} listening (the host and port are in its options) and waits up to 30 s.
   *
   * @param who what the server is, for the failure message (e.g. "upload proxy"), or "" for none
   * @return the bound port (the actual one when {@code port} is 0)
   */
  public static int listen(HttpServer server, String who, String host, int port) {
    try {
      return server
          .listen()
          .toCompletionStage()
          .toCompletableFuture()
          .get(30, TimeUnit.SECONDS)
          .actualPort();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while binding " + host + ":" + port, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          (who.isEmpty() ? "" : who + " ")
              + "cannot listen on "
              + host
              + ":"
              + port
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
