package dev.coexist.handler.launcher;

import java.nio.file.Path;

/**
 * Tells when a file (a starting launcher's command socket) appears, so the handler can send its
 * {@code SYNC} as soon as the launcher listens instead of at its next look. The handler still looks
 * now and then as a safety net (a missed event costs one poll interval, never the VM).
 */
public interface SocketArrivals extends AutoCloseable {

  /**
   * Runs {@code onArrival} once when {@code file} exists: at once on the calling thread if it
   * exists already, else on a thread of the implementation when it is created. A second call for
   * the same file replaces the first one's action.
   *
   * @return true when the file's directory is watched; false when it cannot be (it does not exist
   *     yet): nothing is registered and the caller has to look again itself
   */
  boolean whenPresent(Path file, Runnable onArrival);

  /** Forgets the pending wait for this file, if any. */
  void cancel(Path file);

  /** The number of files waited for (for tests and the shutdown log). */
  int pending();

  /** Stops watching; pending actions never run. */
  @Override
  void close();
}
