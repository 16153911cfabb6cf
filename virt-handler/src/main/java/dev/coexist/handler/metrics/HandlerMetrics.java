package dev.coexist.handler.metrics;

import dev.coexist.crds.kubevirt.v1.VirtualMachineInstance;
import dev.coexist.crds.kubevirt.v1.VirtualMachineInstancePhase;
import dev.coexist.crds.launcher.DomainStats;
import dev.coexist.handler.node.Virtualization;
import dev.coexist.handler.vmi.StatsSink;
import dev.coexist.handler.vmi.SyncResult;
import dev.coexist.handler.vmi.VmiKey;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The handler's metrics. Per VMI, with KubeVirt's names: {@code kubevirt_vmi_phase_count}, {@code
 * kubevirt_vmi_vcpu_seconds_total}, {@code kubevirt_vmi_memory_resident_bytes}, {@code
 * kubevirt_vmi_memory_domain_bytes}; of the handler: {@code coexist_handler_*} and JVM metrics.
 * Per-VMI values are read at scrape time from the latest counters, so a deleted VMI disappears.
 */
public final class HandlerMetrics implements StatsSink {
  private static final String[] VMI_LABELS = {"node", "namespace", "name"};
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Map<VmiKey, DomainStats> latest = new ConcurrentHashMap<>();
  private final Counter syncs;
  private final Histogram syncSeconds;
  private final String node;

  /**
   * Metrics of this node.
   *
   * @param vmis this node's VMIs, read at scrape time
   * @param queueDepth the work queue's depth, read at scrape time
   */
  public HandlerMetrics(
      String node,
      Virtualization virtualization,
      Supplier<Collection<VirtualMachineInstance>> vmis,
      IntSupplier queueDepth) {
    this.node = node;
    JvmMetrics.builder().register(registry);
    syncs =
        Counter.builder()
            .name("coexist_handler_syncs_total")
            .help("VMI syncs by result (ok, retry, requeue)")
            .labelNames("result")
            .register(registry);
    syncSeconds =
        Histogram.builder()
            .name("coexist_handler_sync_duration_seconds")
            .help("Duration of one VMI sync")
            .register(registry);
    GaugeWithCallback.builder()
        .name("coexist_handler_workqueue_depth")
        .help("VMI keys waiting or being synced")
        .callback(cb -> cb.call(queueDepth.getAsInt()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("coexist_handler_software_emulation")
        .help("1 when guests on this node run under software emulation (TCG), else 0")
        .labelNames("node", "reason")
        .callback(cb -> cb.call(virtualization.emulation() ? 1 : 0, node, virtualization.reason()))
        .register(registry);
    vmiMetrics(vmis);
  }

  private void vmiMetrics(Supplier<Collection<VirtualMachineInstance>> vmis) {
    GaugeWithCallback.builder()
        .name("kubevirt_vmi_phase_count")
        .help("VMIs on this node by phase")
        .labelNames("node", "phase", "os", "workload", "flavor", "instance_type", "preference")
        .callback(
            cb ->
                phaseCounts(vmis.get())
                    .forEach(
                        (phase, n) ->
                            cb.call(
                                n, node, phase, "<none>", "<none>", "<none>", "<none>", "<none>")))
        .register(registry);
    CounterWithCallback.builder()
        .name("kubevirt_vmi_vcpu_seconds_total")
        .help("CPU time the guest's vCPUs used, in seconds")
        .labelNames(VMI_LABELS)
        .callback(
            cb ->
                latest.forEach(
                    (k, s) -> cb.call(s.cpuTimeNanos() / 1e9, node, k.namespace(), k.name())))
        .register(registry);
    GaugeWithCallback.builder()
        .name("kubevirt_vmi_memory_resident_bytes")
        .help("Memory the guest has now (balloon-adjusted), in bytes")
        .labelNames(VMI_LABELS)
        .callback(
            cb ->
                latest.forEach(
                    (k, s) -> cb.call(s.memoryKiB() * 1024.0, node, k.namespace(), k.name())))
        .register(registry);
    GaugeWithCallback.builder()
        .name("kubevirt_vmi_memory_domain_bytes")
        .help("Memory allocated to the domain (its maximum), in bytes")
        .labelNames(VMI_LABELS)
        .callback(
            cb ->
                latest.forEach(
                    (k, s) -> cb.call(s.maxMemoryKiB() * 1024.0, node, k.namespace(), k.name())))
        .register(registry);
  }

  /** VMIs per phase, the phase in lower case as KubeVirt writes it ({@code running}). */
  static Map<String, Integer> phaseCounts(Collection<VirtualMachineInstance> vmis) {
    Map<String, Integer> counts = new TreeMap<>();
    for (VirtualMachineInstance vmi : vmis) {
      VirtualMachineInstancePhase p =
          Optional.ofNullable(vmi.getStatus())
              .map(s -> s.getPhase())
              .orElse(VirtualMachineInstancePhase.UNSET);
      String name = p == VirtualMachineInstancePhase.UNSET ? "pending" : p.value().toLowerCase();
      counts.merge(name, 1, Integer::sum);
    }
    return counts;
  }

  /** Records one sync. */
  public void sync(SyncResult result, double seconds) {
    String r = result.failed() ? "retry" : result.requeueAfter().isPresent() ? "requeue" : "ok";
    syncs.labelValues(r).inc();
    syncSeconds.observe(seconds);
  }

  @Override
  public void put(VmiKey key, DomainStats stats) {
    latest.put(key, stats);
  }

  @Override
  public void remove(VmiKey key) {
    latest.remove(key);
  }

  /** The registry to expose. */
  public PrometheusRegistry registry() {
    return registry;
  }
}
