package dev.coexist.importer.process;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a running import: closes what it blocks on (streams, sockets, child processes), which a
 * thread interrupt alone would not unblock.
 */
public final class Cancellation {
  private static final Logger LOG = LoggerFactory.getLogger(Cancellation.class);

  private final Set<AutoCloseable> resources = ConcurrentHashMap.newKeySet();
  private volatile boolean cancelled;

  /** Closes {@code resource} on cancel (at once if already cancelled); remove it when done. */
  public void register(AutoCloseable resource) {
    resources.add(resource);
    if (cancelled) {
      closeQuietly(resource);
    }
  }

  /** Forgets {@code resource}. */
  public void unregister(AutoCloseable resource) {
    resources.remove(resource);
  }

  /** True once {@link #cancel()} ran. */
  public boolean isCancelled() {
    return cancelled;
  }

  /** Closes everything registered. */
  public void cancel() {
    cancelled = true;
    for (AutoCloseable r : resources) {
      closeQuietly(r);
    }
  }

  private static void closeQuietly(AutoCloseable r) {
    try {
      r.close();
    } catch (Exception e) {
      LOG.debug("closing {} on cancel: {}", r, e.toString());
    }
  }
}
