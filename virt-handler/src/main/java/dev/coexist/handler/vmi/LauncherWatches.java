package dev.coexist.handler.vmi;

import dev.coexist.crds.launcher.DomainStatus;
import dev.coexist.handler.launcher.LauncherClient;
import dev.coexist.handler.launcher.LauncherUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open {@code WATCH} per launcher: every domain event, and the end of the stream, queue the VMI
 * for a sync.
 */
public final class LauncherWatches implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LauncherWatches.class);
  private static final Duration AFTER_END = Duration.ofSeconds(2);

  private record Entry(Path socket, LauncherClient.Watch watch) {}

  private final Map<VmiKey, Entry> open = new ConcurrentHashMap<>();
  private final Map<VmiKey, DomainStatus> lastSeen = new ConcurrentHashMap<>();
  private final BiConsumer<VmiKey, Duration> enqueue;

  /** Watches that call {@code enqueue(key, delay)} on events. */
  public LauncherWatches(BiConsumer<VmiKey, Duration> enqueue) {
    this.enqueue = enqueue;
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

  /** Closes the watch of this VMI, if any, and forgets its last event. */
  public void stop(VmiKey key) {
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

  @Override
  public void close() {
    open.keySet().forEach(this::stop);
  }
}
