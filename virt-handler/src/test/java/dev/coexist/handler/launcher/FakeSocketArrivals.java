package dev.coexist.handler.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * In-memory {@link SocketArrivals}: a directory "is watched" when it exists, and a test reports a
 * file's creation with {@link #created(Path)}, which runs its pending action on the test's thread.
 */
public final class FakeSocketArrivals implements SocketArrivals {
  private final Map<Path, Runnable> waiting = new HashMap<>();
  private boolean closed;

  @Override
  public boolean whenPresent(Path file, Runnable onArrival) {
    Path abs = file.toAbsolutePath();
    synchronized (this) {
      if (closed || !Files.isDirectory(abs.getParent())) {
        return false;
      }
      waiting.put(abs, onArrival);
    }
    if (Files.exists(abs)) {
      created(abs);
    }
    return true;
  }

  /** The test created {@code file}: runs its pending action, if any. */
  public void created(Path file) {
    Runnable action;
    synchronized (this) {
      action = waiting.remove(file.toAbsolutePath());
    }
    if (action != null) {
      action.run();
    }
  }

  @Override
  public synchronized void cancel(Path file) {
    waiting.remove(file.toAbsolutePath());
  }

  @Override
  public synchronized int pending() {
    return waiting.size();
  }

  @Override
  public synchronized void close() {
    closed = true;
    waiting.clear();
  }
}
