package dev.coexist.handler.vmi;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A work queue of keys, like client-go's: a key waiting is queued once however often it is added; a
 * key is processed by one worker at a time (per-key serialisation); a key added while it is
 * processed is processed again afterwards; failures are retried with exponential backoff. Event
 * handlers only call {@link #add}, which never blocks on work.
 */
public final class KeyedWorkQueue<K> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KeyedWorkQueue.class);

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final LinkedHashSet<K> waiting = new LinkedHashSet<>();
  private final Set<K> processing = new HashSet<>();
  private final Set<K> dirty = new HashSet<>();
  private final Map<K, Integer> failures = new HashMap<>();
  private final Function<K, SyncResult> handler;
  private final ScheduledExecutorService timer;
  private final Duration baseBackoff;
  private final Duration maxBackoff;
  private final Thread[] workers;
  private boolean closed;

  /**
   * A queue with {@code workers} threads running {@code handler}.
   *
   * @param timer runs delayed adds
   */
  public KeyedWorkQueue(
      String name,
      int workers,
      Function<K, SyncResult> handler,
      ScheduledExecutorService timer,
      Duration baseBackoff,
      Duration maxBackoff) {
    this.handler = handler;
    this.timer = timer;
    this.baseBackoff = baseBackoff;
    this.maxBackoff = maxBackoff;
    this.workers = new Thread[workers];
    for (int i = 0; i < workers; i++) {
      Thread t = new Thread(this::work, name + "-" + i);
      t.setDaemon(true);
      this.workers[i] = t;
    }
  }

  /** Starts the workers. */
  public void start() {
    for (Thread t : workers) {
      t.start();
    }
  }

  /** Queues a key (no-op if it is already waiting). */
  public void add(K key) {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      if (processing.contains(key)) {
        dirty.add(key);
      } else if (waiting.add(key)) {
        changed.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Queues a key after a delay. */
  public void addAfter(K key, Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      add(key);
      return;
    }
    lock.lock();
    try {
      if (closed) {
        return;
      }
    } finally {
      lock.unlock();
    }
    timer.schedule(() -> add(key), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Keys waiting or being processed. */
  public int depth() {
    lock.lock();
    try {
      return waiting.size() + processing.size();
    } finally {
      lock.unlock();
    }
  }

  private void work() {
    while (true) {
      K key;
      lock.lock();
      try {
        while (!closed && waiting.isEmpty()) {
          changed.await();
        }
        if (closed) {
          return;
        }
        Iterator<K> it = waiting.iterator();
        key = it.next();
        it.remove();
        processing.add(key);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        lock.unlock();
      }
      SyncResult result = process(key);
      finish(key, result);
    }
  }

  private SyncResult process(K key) {
    try {
      return handler.apply(key);
    } catch (RuntimeException e) {
      LOG.warn("sync of {} failed, retrying: {}", key, e.toString(), e);
      return SyncResult.retry();
    }
  }

  private void finish(K key, SyncResult result) {
    Duration delay = null;
    lock.lock();
    try {
      processing.remove(key);
      if (result.failed()) {
        int n = failures.merge(key, 1, Integer::sum);
        delay = backoff(n);
      } else {
        failures.remove(key);
        delay = result.requeueAfter().orElse(null);
      }
      if (dirty.remove(key) && !closed) {
        waiting.add(key);
        changed.signal();
      }
    } finally {
      lock.unlock();
    }
    if (delay != null) {
      addAfter(key, delay);
    }
  }

  /** The backoff after {@code failures} consecutive failures: base·2^(n-1), capped. */
  Duration backoff(int failures) {
    long factor = 1L << Math.min(20, Math.max(0, failures - 1));
    Duration d = baseBackoff.multipliedBy(factor);
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  /** Stops taking work and waits for the workers to finish what they are processing. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    for (Thread t : workers) {
      try {
        t.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
