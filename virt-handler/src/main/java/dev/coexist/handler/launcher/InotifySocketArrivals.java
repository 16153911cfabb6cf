package dev.coexist.handler.launcher;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SocketArrivals} with the platform's {@link WatchService} (inotify on Linux): one watch per
 * directory that has a pending file, dropped as soon as none is pending there, and when the
 * directory goes away (the pod was deleted). One daemon thread delivers the events.
 */
public final class InotifySocketArrivals implements SocketArrivals {
  private static final Logger LOG = LoggerFactory.getLogger(InotifySocketArrivals.class);

  private final WatchService service;
  private final Map<Path, WatchKey> dirs = new HashMap<>();
  private final Map<Path, Runnable> waiting = new HashMap<>();
  private final Thread thread;

  private InotifySocketArrivals(WatchService service) {
    this.service = service;
    this.thread = new Thread(this::deliver, "launcher-sockets");
    thread.setDaemon(true);
  }

  /** A started watcher on the default file system. */
  public static InotifySocketArrivals start() throws IOException {
    InotifySocketArrivals a = new InotifySocketArrivals(FileSystems.getDefault().newWatchService());
    a.thread.start();
    return a;
  }

  @Override
  public boolean whenPresent(Path file, Runnable onArrival) {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    synchronized (this) {
      WatchKey key = dirs.get(dir);
      if (key == null || !key.isValid()) {
        try {
          dirs.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE));
        } catch (NoSuchFileException | NotDirectoryException | ClosedWatchServiceException e) {
          return false;
        } catch (IOException e) {
          LOG.warn("cannot watch {} for {}: {}", dir, abs.getFileName(), e.toString());
          return false;
        }
      }
      waiting.put(abs, onArrival);
    }
    if (Files.exists(abs)) {
      fire(abs);
    }
    return true;
  }

  @Override
  public void cancel(Path file) {
    Path abs = file.toAbsolutePath();
    synchronized (this) {
      if (waiting.remove(abs) != null) {
        dropIfIdle(abs.getParent());
      }
    }
  }

  @Override
  public synchronized int pending() {
    return waiting.size();
  }

  private void fire(Path file) {
    Runnable action;
    synchronized (this) {
      action = waiting.remove(file);
      if (action != null) {
        dropIfIdle(file.getParent());
      }
    }
    if (action == null) {
      return;
    }
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.warn("the action for {} failed", file, e);
    }
  }

  /** Stops watching {@code dir} when nothing is pending there (caller holds the lock). */
  private void dropIfIdle(Path dir) {
    if (waitingIn(dir).isEmpty()) {
      WatchKey key = dirs.remove(dir);
      if (key != null) {
        key.cancel();
      }
    }
  }

  private void deliver() {
    while (true) {
      WatchKey key;
      try {
        key = service.take();
      } catch (ClosedWatchServiceException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      Path dir = (Path) key.watchable();
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
          waitingIn(dir).stream().filter(Files::exists).forEach(this::fire);
        } else if (event.context() instanceof Path name) {
          fire(dir.resolve(name));
        }
      }
      if (!key.reset()) {
        forgetDir(dir, key);
      }
    }
  }

  private synchronized List<Path> waitingIn(Path dir) {
    return waiting.keySet().stream().filter(f -> f.getParent().equals(dir)).toList();
  }

  /** The directory is gone (or its watch was cancelled): its waits are dropped. */
  private synchronized void forgetDir(Path dir, WatchKey key) {
    if (dirs.get(dir) == key) {
      dirs.remove(dir);
      waiting.keySet().removeIf(f -> f.getParent().equals(dir));
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      LOG.warn("closing the socket watcher", e);
    }
    synchronized (this) {
      waiting.clear();
      dirs.clear();
    }
  }
}
