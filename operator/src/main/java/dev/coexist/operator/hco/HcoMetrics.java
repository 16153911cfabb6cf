package dev.coexist.operator.hco;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** The HyperConverged controller's Prometheus metrics (HCO's names). */
public final class HcoMetrics {

  private final Counter outOfBand;

  public HcoMetrics(PrometheusRegistry registry) {
    outOfBand =
        Counter.builder()
            .name("kubevirt_hco_out_of_band_modifications_total")
            .help("Out-of-band modifications of operands the HyperConverged CR owns, reverted")
            .labelNames("component_name")
            .register(registry);
  }

  /** Counts one reverted out-of-band modification of {@code component}. */
  public void outOfBandModification(String component) {
    outOfBand.labelValues(component).inc();
  }

  /** The count so far for {@code component}. */
  public double outOfBandModifications(String component) {
    return outOfBand.labelValues(component).get();
  }
}
