package dev.coexist.operator.dv;

import dev.coexist.crds.importer.ImportProgress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory {@link ProgressReader}: progress by pod IP. */
final class FakeProgressReader implements ProgressReader {

  private final Map<String, ImportProgress> byIp = new ConcurrentHashMap<>();

  AutoCloseable report(String ip, ImportProgress p) {
    byIp.put(ip, p);
    return () -> byIp.remove(ip);
  }

  @Override
  public Optional<ImportProgress> read(String podIp) {
    return Optional.ofNullable(byIp.get(podIp));
  }
}
