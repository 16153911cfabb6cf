package dev.coexist.handler.console;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies bytes both ways between a websocket (binary frames) and a launcher stream socket until
 * either side ends: two I/O threads per session (the socket is blocking), with back-pressure both
 * ways (the websocket is paused while too much waits for the socket; the socket is not read while
 * the websocket's write queue is full). The socket's end closes the websocket with 1000; a takeover
 * closes it with 1000 and a reason a client can show.
 */
public final class StreamRelay {
  private static final Logger LOG = LoggerFactory.getLogger(StreamRelay.class);

  /** RFC 6455 normal closure. */
  public static final short NORMAL = 1000;

  /**
   * RFC 6455 policy violation: the session was taken over (one per VMI and stream). Not 1000:
   * KubeVirt's clients treat 1000 as a plain end of stream and would not show the reason.
   */
  public static final short TAKEN_OVER = 1008;

  /** RFC 6455 going away. */
  public static final short GOING_AWAY = 1001;

  private static final int READ_BUFFER = 32 * 1024;
  private static final long HIGH_WATER = 256 * 1024;
  private static final long LOW_WATER = 64 * 1024;
  private static final Buffer END = Buffer.buffer();

  private final String what;
  private final String key;
  private final ServerWebSocket ws;
  private final ByteChannel channel;
  private final Context context;
  private final LinkedBlockingQueue<Buffer> toGuest = new LinkedBlockingQueue<>();
  private final AtomicLong queued = new AtomicLong();
  private final AtomicBoolean paused = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private final AtomicLong bytesToGuest = new AtomicLong();
  private final AtomicLong bytesToClient = new AtomicLong();

  /**
   * A relay, not started yet.
   *
   * @param what {@code console} or {@code vnc} (for messages)
   * @param key the VMI's {@code namespace/name} (for logs)
   * @param context the websocket's Vert.x context (pause/resume/drain run on it)
   */
  public StreamRelay(
      String what, String key, ServerWebSocket ws, ByteChannel channel, Context context) {
    this.what = what;
    this.key = key;
    this.ws = ws;
    this.channel = channel;
    this.context = context;
  }

  /** Starts both directions on {@code io} (two tasks that block for the session's life). */
  public void start(Executor io) {
    ws.handler(this::fromClient);
    ws.closeHandler(v -> close(NORMAL, null));
    ws.exceptionHandler(e -> LOG.info("{} {}: websocket error: {}", what, key, e.getMessage()));
    io.execute(this::pumpToGuest);
    io.execute(this::pumpToClient);
    LOG.info("{} session of {} open", what, key);
  }

  /** Completes when the session ended (either side, or {@link #close}). */
  public CompletableFuture<Void> ended() {
    return ended;
  }

  /** Whether the session has ended. */
  public boolean isClosed() {
    return closed.get();
  }

  /** Ends the session: closes the socket and, unless it is closed already, the websocket. */
  public void close(short code, String reason) {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    toGuest.add(END);
    try {
      channel.close();
    } catch (IOException e) {
      LOG.info("{} {}: closing the socket: {}", what, key, e.getMessage());
    }
    if (reason != null && !ws.isClosed()) {
      ws.close(code, reason);
    }
    LOG.info(
        "{} session of {} closed ({} bytes to the guest, {} to the client){}",
        what,
        key,
        bytesToGuest.get(),
        bytesToClient.get(),
        reason == null ? "" : ": " + reason);
    ended.complete(null);
  }

  private void fromClient(Buffer b) {
    if (closed.get() || b.length() == 0) {
      return;
    }
    toGuest.add(b);
    if (queued.addAndGet(b.length()) > HIGH_WATER && paused.compareAndSet(false, true)) {
      ws.pause();
    }
  }

  private void pumpToGuest() {
    try {
      while (true) {
        Buffer b = toGuest.take();
        if (b == END) {
          return;
        }
        ByteBuffer bb = ByteBuffer.wrap(b.getBytes());
        while (bb.hasRemaining()) {
          channel.write(bb);
        }
        bytesToGuest.addAndGet(b.length());
        if (queued.addAndGet(-b.length()) < LOW_WATER && paused.compareAndSet(true, false)) {
          context.runOnContext(v -> ws.resume());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close(GOING_AWAY, "virt-handler is stopping");
    } catch (IOException e) {
      close(GOING_AWAY, what + ": writing to the guest failed: " + e.getMessage());
    }
  }

  private void pumpToClient() {
    ByteBuffer bb = ByteBuffer.allocate(READ_BUFFER);
    try {
      while (!closed.get()) {
        bb.clear();
        int n = channel.read(bb);
        if (n < 0) {
          close(NORMAL, what + " closed by the guest's launcher");
          return;
        }
        if (n > 0) {
          bb.flip();
          byte[] bytes = new byte[n];
          bb.get(bytes);
          bytesToClient.addAndGet(n);
          ws.writeBinaryMessage(Buffer.buffer(bytes));
          awaitDrained();
        }
      }
    } catch (IOException e) {
      if (!closed.get()) {
        close(GOING_AWAY, what + ": reading from the guest failed: " + e.getMessage());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close(GOING_AWAY, "virt-handler is stopping");
    }
  }

  private void awaitDrained() throws InterruptedException {
    if (!ws.writeQueueFull()) {
      return;
    }
    CompletableFuture<Void> drained = new CompletableFuture<>();
    context.runOnContext(
        v -> {
          if (ws.writeQueueFull()) {
            ws.drainHandler(x -> drained.complete(null));
          } else {
            drained.complete(null);
          }
        });
    try {
      CompletableFuture.anyOf(drained, ended).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("waiting for the websocket to drain", e);
    }
  }
}
