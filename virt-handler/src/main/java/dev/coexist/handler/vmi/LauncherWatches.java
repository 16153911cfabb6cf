package dev.coexist.handler.vmi;

import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.handler.launcher.LauncherClient;
import dev.coexist.handler.launcher.LauncherUnavailableException;
import dev.coexist.handler.launcher.SocketArrivals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a launcher tells the handler without being asked: its command socket appearing (a starting
 * launcher is ready for {@code SYNC}), and, over one open {@code WATCH} per launcher, every domain
 * event and the end of the stream. Each queues the VMI for a sync.
 */
public final class LauncherWatches implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LauncherWatches.class);
  private static final Duration AFTER_END = Duration.ofSeconds(2);

  private record Entry(Path socket, LauncherClient.Watch watch) {}

  private final Map<VmiKey, Entry> open = new ConcurrentHashMap<>();
  private final Map<VmiKey, DomainStatus> lastSeen = new ConcurrentHashMap<>();
  private final Map<VmiKey, Path> awaited = new ConcurrentHashMap<>();
  private final BiConsumer<VmiKey, Duration> enqueue;
  private final SocketArrivals arrivals;

  /** Watches that call {@code enqueue(key, delay)} on events and socket arrivals. */
  public LauncherWatches(BiConsumer<VmiKey, Duration> enqueue, SocketArrivals arrivals) {
    this.enqueue = enqueue;
    this.arrivals = arrivals;
  }

  /**
   * Queues the VMI as soon as its launcher's command socket appears.
   *
   * @return false when the socket's directory does not exist yet (the pod's volumes are being set
   *     up): the caller looks again itself
   */
  public boolean awaitSocket(VmiKey key, Path socket) {
    Path before = awaited.put(key, socket);
    if (before != null && !before.equals(socket)) {
      arrivals.cancel(before);
    }
    boolean watched =
        arrivals.whenPresent(
            socket,
            () -> {
              awaited.remove(key, socket);
              LOG.debug("{}: launcher socket {} appeared", key, socket);
              enqueue.accept(key, Duration.ZERO);
            });
    if (!watched) {
      awaited.remove(key, socket);
    }
    return watched;
  }

  /** Makes sure a watch on this launcher is open. */
  public void ensure(VmiKey key, Path socket, LauncherClient client) {
    Entry e = open.get(key);
    if (e != null && e.socket.equals(socket) && e.watch.isOpen()) {
      return;
    }
    if (e != null) {
      e.watch.close();
    }
    try {
      LauncherClient.Watch w =
          client.watch(
              event -> {
                LOG.debug("{}: domain event {} {}", key, event.event(), event.detail());
                if (event.domain() != null) {
                  lastSeen.put(key, event.domain());
                }
                enqueue.accept(key, Duration.ZERO);
              },
              () -> enqueue.accept(key, AFTER_END));
      open.put(key, new Entry(socket, w));
    } catch (LauncherUnavailableException ex) {
      LOG.info("{}: no event stream from the launcher ({}); polling instead", key, ex.getMessage());
    }
  }

  /** The domain status of the last event seen for this VMI (survives the launcher's exit). */
  public Optional<DomainStatus> lastSeen(VmiKey key) {
    return Optional.ofNullable(lastSeen.get(key));
  }

  /** Closes the watch of this VMI, if any, forgets its last event and any socket wait. */
  public void stop(VmiKey key) {
    Path socket = awaited.remove(key);
    if (socket != null) {
      arrivals.cancel(socket);
    }
    lastSeen.remove(key);
    Entry e = open.remove(key);
    if (e != null) {
      e.watch.close();
    }
  }

  /** The number of open watches. */
  public int size() {
    return open.size();
  }

  /** The number of launchers whose socket is waited for. */
  public int awaitingSockets() {
    return awaited.size();
  }

  @Override
  public void close() {
    open.keySet().forEach(this::stop);
    awaited.keySet().forEach(this::stop);
    arrivals.close();
  }
}
