package dev.coexist.crds.launcher;

/**
 * Counters of a running domain.
 *
 * @param cpuTimeNanos CPU time QEMU used for the guest
 * @param vcpus virtual CPUs
 * @param memoryKiB memory the guest has now
 * @param maxMemoryKiB the guest's maximum memory
 */
public record DomainStats(long cpuTimeNanos, int vcpus, long memoryKiB, long maxMemoryKiB) {}
