package dev.coexist.handler.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One session per VMI and stream, as KubeVirt's virt-handler: a new connection takes over (the old
 * one is closed with 1008 and {@link #TAKEN_OVER}), unless the new one asked to preserve an open
 * session ({@code preserveSession=true}), which is then refused.
 */
public final class StreamSessions {
  /** The close reason a taken-over session gets (prefixed with the stream's name). */
  public static final String TAKEN_OVER = "session taken over by a new connection";

  private final Map<String, StreamRelay> open = new HashMap<>();

  /**
   * Makes room for a new session: closes an open one, or refuses when {@code preserve} is set and
   * one is open.
   *
   * @return the refusal text, empty when the new session may open
   */
  public synchronized Optional<String> claim(String uid, String what, boolean preserve) {
    StreamRelay current = open.get(key(uid, what));
    if (current == null || current.isClosed()) {
      return Optional.empty();
    }
    if (preserve) {
      return Optional.of(
          "a " + what + " session is already open and preserveSession=true was requested");
    }
    open.remove(key(uid, what));
    current.close(StreamRelay.TAKEN_OVER, what + " " + TAKEN_OVER);
    return Optional.empty();
  }

  /** Records an open session (taking over one that opened in between) and forgets it at its end. */
  public synchronized void register(String uid, String what, StreamRelay relay) {
    String k = key(uid, what);
    StreamRelay previous = open.put(k, relay);
    if (previous != null && previous != relay) {
      previous.close(StreamRelay.TAKEN_OVER, what + " " + TAKEN_OVER);
    }
    relay.ended().thenRun(() -> forget(k, relay));
  }

  private synchronized void forget(String k, StreamRelay relay) {
    open.remove(k, relay);
  }

  /** Open sessions of a stream kind. */
  public synchronized int count(String what) {
    return (int)
        open.entrySet().stream()
            .filter(e -> e.getKey().endsWith("/" + what) && !e.getValue().isClosed())
            .count();
  }

  /** Closes every session (shutdown). */
  public synchronized void closeAll(String reason) {
    List<StreamRelay> all = new ArrayList<>(open.values());
    open.clear();
    for (StreamRelay r : all) {
      r.close(StreamRelay.GOING_AWAY, reason);
    }
  }

  private static String key(String uid, String what) {
    return uid + "/" + what;
  }
}
