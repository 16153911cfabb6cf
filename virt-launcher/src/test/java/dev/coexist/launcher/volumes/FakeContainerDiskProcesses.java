package dev.coexist.launcher.volumes;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory {@link ContainerDiskProcesses}: a "process" is a directory standing for its root; it
 * can be made to appear only after a number of lookups (a container that starts late).
 */
final class FakeContainerDiskProcesses implements ContainerDiskProcesses {
  private final Map<String, Path> roots = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hiddenFor = new ConcurrentHashMap<>();
  private final AtomicInteger lookups = new AtomicInteger();

  /** A process of {@code volume} with root {@code root} runs from now on. */
  void start(String volume, Path root) {
    roots.put(volume, root);
  }

  /** As {@link #start}, but the next {@code lookups} lookups of {@code volume} do not see it. */
  void startAfter(String volume, Path root, int lookups) {
    hiddenFor.put(volume, new AtomicInteger(lookups));
    roots.put(volume, root);
  }

  /** The process of {@code volume} ended. */
  void stop(String volume) {
    roots.remove(volume);
  }

  /** How many lookups were made. */
  int lookups() {
    return lookups.get();
  }

  @Override
  public Optional<Path> root(String volume) {
    lookups.incrementAndGet();
    AtomicInteger hidden = hiddenFor.get(volume);
    if (hidden != null && hidden.getAndDecrement() > 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(roots.get(volume));
  }
}
