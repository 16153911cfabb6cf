package dev.coexist.handler.vmi;

import dev.coexist.crds.launcher.DomainStats;

/** Receives the latest counters of each VMI (for metrics). */
public interface StatsSink {
  /** The VMI's latest counters. */
  void put(VmiKey key, DomainStats stats);

  /** The VMI is gone or stopped. */
  void remove(VmiKey key);
}
